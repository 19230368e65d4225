package org.legible.bodymap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The map's regions for a picture of where it hurt: each site with an intensity is chosen and shows its number. */
public final class MapPicture {

    private MapPicture() {}

    public static List<MapRegion> of(Map<BodySite, Integer> intensities, Function<BodySite, String> labels) {
        return BodyMapLayout.shapes().stream()
                .map(shape -> {
                    Integer intensity = intensities.get(shape.site());
                    return MapRegion.of(
                            shape,
                            labels.apply(shape.site()),
                            intensity != null,
                            intensity == null ? "" : intensity.toString());
                })
                .toList();
    }
}
