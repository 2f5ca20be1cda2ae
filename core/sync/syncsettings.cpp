// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "syncstate.h"

#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

namespace trato {

SyncSettings SyncSettings::load(Database &db)
{
    SyncSettings s;
    const SyncState state(db);
    const QString url = state.value(QStringLiteral("server_url"));
    if (!url.isEmpty()) {
        auto a = ServerAddress::fromUrl(url);
        if (a) {
            s.server = a.value();
            s.server.password.clear();
            s.enabled = true;
        }
    }
    bool ok = false;
    const int minutes = state.value(QStringLiteral("interval_minutes")).toInt(&ok);
    if (ok)
        s.intervalMinutes = qMax(0, minutes);
    return s;
}

Status SyncSettings::save(Database &db) const
{
    if (!server.isValid())
        return Error::badInput(QCoreApplication::translate("trato::SyncEngine", "The team server needs a host, a database and a user"));
    ServerAddress clean = server;
    clean.password.clear();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    SyncState state(db);
    const QString previous = state.value(QStringLiteral("server_url"));
    if (Status s = state.set(QStringLiteral("server_url"), clean.toUrl()); !s)
        return s;
    if (Status s = state.set(QStringLiteral("interval_minutes"), QString::number(qMax(0, intervalMinutes))); !s)
        return s;
    // Another server (or another user on it) is another replica: start its cursor from scratch.
    // Pending local changes stay pending and go to the new server.
    if (!previous.isEmpty() && previous != clean.toUrl())
        if (Status s = state.resetServerBookkeeping(); !s)
            return s;
    return tx.commit();
}

Status SyncSettings::forget(Database &db)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    SyncState state(db);
    if (Status s = state.remove(QStringLiteral("server_url")); !s)
        return s;
    // The next server starts from scratch (device, cursors, a full upload); pending changes stay.
    if (Status s = state.resetServerBookkeeping(); !s)
        return s;
    return tx.commit();
}

} // namespace trato
