// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "serverschema.h"
#include "syncrun_p.h"
#include "syncstate.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

using namespace SyncDetail;

SyncEngine::SyncEngine(Database &db)
    : m_db(db)
{
}

int SyncEngine::clientSchemaVersion()
{
    return ServerSchema::latestVersion();
}

Result<SyncReport> SyncEngine::sync(const ServerAddress &server, const Progress &progress)
{
    m_cancel = false;
    SyncState state(m_db);
    {
        Transaction tx(m_db);
        if (tx.isActive()) {
            state.set(QStringLiteral("last_attempt"), QDateTime::fromMSecsSinceEpoch(m_db.wallClockMs(), Qt::UTC).toString(Qt::ISODate));
            tx.commit();
        }
    }
    SyncRun run(m_db, progress, m_cancel, m_pageSize);
    auto result = run.run(server, m_fault);
    if (!result) {
        Transaction tx(m_db);
        if (tx.isActive()) {
            state.set(QStringLiteral("last_error"), result.error().message);
            tx.commit();
        }
    }
    return result;
}

SyncStatus SyncEngine::status() const
{
    SyncStatus s;
    const SyncSettings settings = SyncSettings::load(m_db);
    s.configured = settings.enabled;
    s.server = settings.server;
    SyncState state(m_db);
    s.device = state.value(QStringLiteral("device"));
    s.lastError = state.value(QStringLiteral("last_error"));
    s.lastSync = QDateTime::fromString(state.value(QStringLiteral("last_sync")), Qt::ISODate);
    s.lastAttempt = QDateTime::fromString(state.value(QStringLiteral("last_attempt")), Qt::ISODate);
    QSqlDatabase conn = m_db.connection();
    auto scalar = [&](const QString &sql, const QVariantList &params = {}) -> qint64 {
        auto q = Sql::exec(conn, sql, params);
        return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
    };
    if (state.value(QStringLiteral("joined")) == QLatin1String("1")) {
        s.pendingChanges = scalar(QStringLiteral("SELECT count(DISTINCT entity || '/' || record_id) FROM change_log WHERE seq > ? AND remote = 0"),
                                  {state.number(QStringLiteral("pushed_seq"))})
            + scalar(QStringLiteral("SELECT coalesce(sum(rows), 0) FROM sync_batch"))
            + scalar(QStringLiteral("SELECT coalesce(sum(count), 0) FROM bulk_operation WHERE synced = 0"));
    } else {
        // Not joined yet: the whole database goes up at the first sync.
        for (const Entity *e : m_db.registry()->entities())
            if (isSynced(e))
                s.pendingChanges += scalar(QStringLiteral("SELECT count(*) FROM %1").arg(Sql::ident(e->name)));
    }
    s.openConflicts = scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolution IS NULL"));
    s.parked = scalar(QStringLiteral("SELECT count(*) FROM sync_parked"));
    return s;
}

} // namespace trato
