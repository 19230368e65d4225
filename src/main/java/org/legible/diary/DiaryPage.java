package org.legible.diary;

import java.util.List;

/** One page of the history, newest first. */
public record DiaryPage(List<CheckIn> checkIns, int page, boolean hasOlder) {}
