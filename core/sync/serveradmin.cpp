// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveradmin.h"
#include "serverschema.h"

#include "../metadata/registry.h"

#include <QRegularExpression>

namespace trato {

namespace {

// Login role names: lower-case letters, digits, '_', '.', '-'; starting with a letter. Quoted
// anyway where they reach DDL (through format('%I') on the server).
bool validUserName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    return re.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_")) && !name.startsWith(QLatin1String("trato_"));
}

Result<std::unique_ptr<PgConnection>> connectAdmin(const ServerAddress &address)
{
    auto conn = PgConnection::connect(address);
    if (!conn)
        return conn.error();
    auto version = conn.value()->exec(QStringLiteral("SELECT current_setting('server_version_num')::int"));
    if (!version)
        return version.error();
    if (version->scalar().toInt() < 130000)
        return Error::badInput(QCoreApplication::translate("trato::ServerAdmin", "The team server needs PostgreSQL 13 or newer (this one is %1)")
                                   .arg(version->scalar()));
    return conn;
}

Result<int> installedVersion(PgConnection &conn)
{
    auto exists = conn.exec(QStringLiteral("SELECT to_regclass('trato.meta') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->scalar() != QLatin1String("t"))
        return 0;
    auto v = conn.exec(QStringLiteral("SELECT value FROM trato.meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    return v->scalar().toInt();
}

Status requireSchema(PgConnection &conn)
{
    auto v = installedVersion(conn);
    if (!v)
        return v.error();
    if (v.value() == 0)
        return Error::badInput(QCoreApplication::translate("trato::ServerAdmin",
                                                           "%1 is not a Trato team server yet: run `trato-cli server init` first")
                                   .arg(conn.address().display()));
    if (v.value() > ServerAdmin::schemaVersion())
        return Error::badInput(QCoreApplication::translate("trato::ServerAdmin",
                                                           "The team server uses schema version %1; this Trato knows up to %2. Update Trato.")
                                   .arg(v.value())
                                   .arg(ServerAdmin::schemaVersion()));
    return {};
}

} // namespace

int ServerAdmin::schemaVersion()
{
    return ServerSchema::latestVersion();
}

QStringList ServerAdmin::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("sales"), QStringLiteral("support")};
}

Status ServerAdmin::init(const ServerAddress &address, const Registry &registry)
{
    auto c = connectAdmin(address);
    if (!c)
        return c.error();
    PgConnection &conn = *c.value();
    PgTransaction tx(conn);
    if (!tx.status())
        return tx.status();
    // Serialise concurrent inits of the same database.
    if (Status s = conn.run(QStringLiteral("SELECT pg_advisory_xact_lock(7261)")); !s)
        return s;
    auto current = installedVersion(conn);
    if (!current)
        return current.error();
    if (current.value() > schemaVersion())
        return Error::badInput(tr("The team server uses schema version %1; this Trato knows up to %2. Update Trato.")
                                   .arg(current.value())
                                   .arg(schemaVersion()));
    // Roles are shared by all databases of a PostgreSQL server: created once.
    Status roles = conn.runScript(QStringLiteral(
        "DO $$ BEGIN\n"
        "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trato_owner') THEN CREATE ROLE trato_owner NOLOGIN; END IF;\n"
        "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trato_user') THEN CREATE ROLE trato_user NOLOGIN; END IF;\n"
        "  IF NOT pg_has_role(current_user, 'trato_owner', 'MEMBER') THEN GRANT trato_owner TO CURRENT_USER; END IF;\n"
        "END $$;\n"
        "CREATE SCHEMA IF NOT EXISTS trato AUTHORIZATION trato_owner;\n"
        "GRANT USAGE ON SCHEMA trato TO trato_user;\n"));
    if (!roles) {
        if (conn.lastSqlState() == QLatin1String("42501"))
            return Error::badInput(tr("User %1 may not create roles or schemas on %2: run server init as the database owner "
                                      "with CREATEROLE, or as a superuser")
                                       .arg(address.user, address.display()));
        return roles;
    }
    if (Status s = conn.run(QStringLiteral("SET LOCAL ROLE trato_owner")); !s)
        return s;
    for (int v = current.value() + 1; v <= schemaVersion(); ++v) {
        if (Status s = conn.runScript(ServerSchema::migrationSql(v)); !s)
            return Error::failure(tr("Migrating the team server to schema version %1 failed: %2").arg(v).arg(s.error().message));
    }
    if (Status s = conn.run(QStringLiteral("INSERT INTO trato.meta (key, value) VALUES ('schema_version', $1) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {QString::number(schemaVersion())});
        !s)
        return s;
    // The sharing policy comes from this Trato's metadata (rewritten at every init, so a newer
    // Trato's entities get theirs).
    for (const Entity *e : registry.entities()) {
        if (e->sharing == Entity::Sharing::Local)
            continue;
        if (Status s = conn.run(QStringLiteral("INSERT INTO trato.entity_policy (entity, shared, insert_only, support_writable) "
                                               "VALUES ($1, $2, $3, $4) ON CONFLICT (entity) DO UPDATE SET shared = excluded.shared, "
                                               "insert_only = excluded.insert_only, support_writable = excluded.support_writable"),
                                {e->name, e->sharing == Entity::Sharing::Shared, e->insertOnly, e->supportWritable});
            !s)
            return s;
    }
    return tx.commit();
}

Status ServerAdmin::addUser(const ServerAddress &address, const ServerUser &user, const QString &password)
{
    if (!validUserName(user.name))
        return Error::badInput(tr("\"%1\" cannot be a user name: use lower-case letters, digits, '.', '_' or '-', starting with a letter")
                                   .arg(user.name));
    if (!roles().contains(user.role))
        return Error::badInput(tr("Unknown role \"%1\" (one of %2)").arg(user.role, roles().join(QStringLiteral(", "))));
    if (user.team.trimmed().isEmpty())
        return Error::badInput(tr("User %1 needs a team").arg(user.name));
    auto c = connectAdmin(address);
    if (!c)
        return c.error();
    PgConnection &conn = *c.value();
    if (Status s = requireSchema(conn); !s)
        return s;
    PgTransaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto exists = conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {user.name});
    if (!exists)
        return exists.error();
    const bool roleExists = exists->count() == 1;
    if (!roleExists && password.isEmpty())
        return Error::badInput(tr("A new user needs a password"));
    // DDL takes no parameters: format() quotes the name (%I) and the password (%L) on the server,
    // from bound values, so no user text is ever spliced into SQL here.
    const QString ddl = roleExists
        ? (password.isEmpty() ? QString()
                              : QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L"))
        : QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L");
    if (!ddl.isEmpty()) {
        auto sql = conn.exec(QStringLiteral("SELECT format($1, $2::text, $3::text)"), {ddl, user.name, password});
        if (!sql)
            return sql.error();
        if (Status s = conn.run(sql->scalar()); !s) {
            if (conn.lastSqlState() == QLatin1String("42501"))
                return Error::badInput(tr("User %1 may not create login roles on %2").arg(address.user, address.display()));
            return s;
        }
    }
    auto grant = conn.exec(QStringLiteral("SELECT format('GRANT trato_user TO %I', $1::text)"), {user.name});
    if (!grant)
        return grant.error();
    if (Status s = conn.run(grant->scalar()); !s)
        return s;
    if (Status s = conn.run(QStringLiteral("INSERT INTO trato.app_user (name, role, team, active) VALUES ($1, $2, $3, true) "
                                           "ON CONFLICT (name) DO UPDATE SET role = excluded.role, team = excluded.team, active = true"),
                            {user.name, user.role, user.team.trimmed()});
        !s)
        return s;
    return tx.commit();
}

Status ServerAdmin::removeUser(const ServerAddress &address, const QString &name)
{
    auto c = connectAdmin(address);
    if (!c)
        return c.error();
    PgConnection &conn = *c.value();
    if (Status s = requireSchema(conn); !s)
        return s;
    PgTransaction tx(conn);
    if (!tx.status())
        return tx.status();
    // The row stays (inactive): their records keep their owner's name and team.
    auto row = conn.exec(QStringLiteral("UPDATE trato.app_user SET active = false WHERE name = $1 RETURNING name"), {name});
    if (!row)
        return row.error();
    if (row->count() == 0)
        return Error::notFound(tr("The team server has no user %1").arg(name));
    auto exists = conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name});
    if (!exists)
        return exists.error();
    if (exists->count() == 1) {
        auto sql = conn.exec(QStringLiteral("SELECT format('DROP ROLE %I', $1::text)"), {name});
        if (!sql)
            return sql.error();
        if (Status s = conn.run(sql->scalar()); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<ServerUser>> ServerAdmin::users(const ServerAddress &address)
{
    auto c = connectAdmin(address);
    if (!c)
        return c.error();
    PgConnection &conn = *c.value();
    if (Status s = requireSchema(conn); !s)
        return s.error();
    auto rows = conn.exec(QStringLiteral("SELECT name, role, team, active FROM trato.app_user ORDER BY team, name"));
    if (!rows)
        return rows.error();
    QList<ServerUser> out;
    for (int i = 0; i < rows->count(); ++i)
        out << ServerUser{rows->value(i, 0), rows->value(i, 1), rows->value(i, 2), rows->value(i, 3) == QLatin1String("t")};
    return out;
}

} // namespace trato
