package org.legible.diary.internal;

import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItemDraft;
import org.legible.diary.OwnItemRules;
import org.legible.diary.OwnItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OwnItemsService implements OwnItems {

    private final OwnItemRepository repository;
    private final Diary diary;

    OwnItemsService(OwnItemRepository repository, Diary diary) {
        this.repository = repository;
        this.diary = diary;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OwnItem> all(AccountId account) {
        return repository.all(account);
    }

    @Override
    @Transactional
    public Added add(AccountId account, OwnItemDraft draft) {
        OwnItemRules.Checked checked =
                OwnItemRules.check(draft, active(account), OwnItem.newId(), diary.today(account));
        if (!checked.valid()) {
            return new Added(null, checked.problems());
        }
        repository.insert(account, checked.item());
        return new Added(checked.item(), java.util.Map.of());
    }

    @Override
    @Transactional
    public boolean stop(AccountId account, String id) {
        return repository.stop(account, id, diary.today(account));
    }

    @Override
    @Transactional
    public String restore(AccountId account, OwnItem item) {
        var owner = repository.owner(item.id());
        if (owner.isPresent() && owner.get().equals(account.value())) {
            return item.id();
        }
        OwnItem kept = owner.isPresent()
                ? new OwnItem(
                        OwnItem.newId(),
                        item.name(),
                        item.kind(),
                        item.low(),
                        item.high(),
                        item.unit(),
                        item.words(),
                        item.since(),
                        item.stoppedOn())
                : item;
        repository.insert(account, kept);
        return kept.id();
    }
}
