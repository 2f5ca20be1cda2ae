// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtiming.h"

#include "metadata/registry.h"
#include "models/listpager.h"
#include "models/recordlistmodel.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace trato::bench {

Result<SearchTiming> timeSearch(Database &db, RecordListModel &model, RawSqlite &raw, const QString &text)
{
    SearchTiming t;
    QElapsedTimer timer;
    qint64 at = -1;
    // The moment the page is in, not when the polling loop notices.
    const auto connection = QObject::connect(&model, &RecordListModel::loaded, &model, [&] { at = timer.nsecsElapsed(); });
    timer.start();
    model.setSearchText(text);
    if (model.isLoading() && !spinUntil([&model] { return !model.isLoading(); }, 60000)) {
        QObject::disconnect(connection);
        return Error::failure(QStringLiteral("no first page for \"%1\" within a minute").arg(text));
    }
    QObject::disconnect(connection);
    t.modelMs = double(at >= 0 ? at : timer.nsecsElapsed()) / 1e6;
    t.rows = model.rowCount();

    // The statements the model's pager ran, as it ran them (the plan decision included).
    const Entity *e = db.registry()->entity(model.entityName());
    ListQuery q = model.listQuery();
    q.columns = model.visibleFields();
    const ListPager pager = ListPager::prepare(*db.registry(), *e, q);
    QList<ListPager::Executed> executed;
    pager.read(db.connection(), {}, RecordListModel::kPageSize, &executed);
    for (const auto &statement : executed) {
        auto ms = raw.firstPageMs(statement.sql, statement.params, RecordListModel::kPageSize);
        if (!ms)
            return ms.error();
        t.rawMs += ms.value();
    }
    t.statements = int(executed.size());
    return t;
}

} // namespace trato::bench
