// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

#include <QCoreApplication>
#include <QList>

namespace trato {

class Registry;

// Who may do what on the team server. Each user is a PostgreSQL login role of the same name,
// member of the group role trato_user; the server's tables belong to the NOLOGIN role trato_owner
// and have row-level security ENABLEd and FORCEd. What a role means (docs/SYNC.md):
//   admin    reads and writes everything, in every team
//   manager  reads and writes everything of their team, and the shared catalog and settings
//   sales    reads their team's records and the shared ones; writes their own records, records of
//            the team nobody owns, and adds insert-only shared records (stock movements)
//   support  like sales, and may also work any ticket of the team (and its messages)
struct ServerUser
{
    QString name;
    QString role;
    QString team;
    bool active = true;
};

class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(trato::ServerAdmin)
public:
    static int schemaVersion();       // the server schema this Trato creates and understands
    static QStringList roles();       // admin, manager, sales, support

    // Creates the server schema, or migrates an older one to schemaVersion(). `address` must be a
    // role that may create roles (the database owner with CREATEROLE, or a superuser). Writes the
    // sharing policy of every entity of `registry` (which entities are shared catalog, which are
    // insert-only). Refuses a server whose schema is newer than this Trato.
    static Status init(const ServerAddress &address, const Registry &registry);
    // Adds a user (a LOGIN role with this password) or, when it exists, changes role/team/password
    // (an empty password keeps the old one).
    static Status addUser(const ServerAddress &address, const ServerUser &user, const QString &password);
    // Removes a user's login (the role is dropped; their records stay, with their name as owner).
    static Status removeUser(const ServerAddress &address, const QString &name);
    static Result<QList<ServerUser>> users(const ServerAddress &address);
};

} // namespace trato
