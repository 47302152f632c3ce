package vn.hoptac.dashboards;

import java.util.List;

/** A province's dashboard (the province null: the nation's, with the provinces compared). */
public record Dashboard(Long provinceId, List<Figure> figures) {
}
