// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace trato {

namespace {

QString tagOf(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    const int space = trimmed.indexOf(QRegularExpression(QStringLiteral("\\s")));
    return (space < 0 ? trimmed : trimmed.left(space)).toUpper();
}

QString primaryMessage(const PGresult *res, pg_conn *conn)
{
    if (res) {
        const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        if (primary && *primary)
            return QString::fromUtf8(primary);
    }
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

Result<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::badInput(QCoreApplication::translate("trato::PgConnection",
                                                           "\"%1\" is not a server address: write postgresql://user@host:port/database")
                                   .arg(text));
    ServerAddress a;
    a.user = url.userName();
    a.password = url.password();
    const QUrlQuery query(url);
    a.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        a.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    a.port = url.port(5432);
    if (query.hasQueryItem(QStringLiteral("port")))
        a.port = query.queryItemValue(QStringLiteral("port")).toInt();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.isEmpty())
        a.database = path;
    if (query.hasQueryItem(QStringLiteral("user")))
        a.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        a.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!sslModes().contains(a.sslMode))
        return Error::badInput(QCoreApplication::translate("trato::PgConnection", "Unknown TLS mode \"%1\" (one of %2)")
                                   .arg(a.sslMode, sslModes().join(QStringLiteral(", "))));
    if (a.user.isEmpty())
        return Error::badInput(QCoreApplication::translate("trato::PgConnection", "The server address %1 names no user").arg(text));
    if (a.port <= 0 || a.port > 65535)
        return Error::badInput(QCoreApplication::translate("trato::PgConnection", "The port of %1 is not valid").arg(text));
    return a;
}

QString ServerAddress::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (sslMode != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

QString ServerAddress::display() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

PgConnection::PgConnection(pg_conn *conn, ServerAddress address)
    : m_conn(conn)
    , m_address(std::move(address))
{
}

PgConnection::~PgConnection()
{
    close();
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const ServerAddress &a, int timeoutSeconds)
{
    if (!a.isValid())
        return Error::badInput(tr("The team server address is incomplete: host, database and user are needed"));
    const QByteArray host = a.host.toUtf8(), port = QByteArray::number(a.port), db = a.database.toUtf8(),
                     user = a.user.toUtf8(), password = a.password.toUtf8(), ssl = a.sslMode.toUtf8(),
                     timeout = QByteArray::number(qMax(1, timeoutSeconds));
    QList<const char *> keys{"host", "port", "dbname", "user", "sslmode", "connect_timeout", "application_name",
                             "keepalives_idle", "client_encoding"};
    QList<const char *> values{host.constData(), port.constData(), db.constData(), user.constData(), ssl.constData(),
                               timeout.constData(), "trato", "30", "UTF8"};
    if (!a.password.isEmpty()) {
        keys << "password";
        values << password.constData();
    }
    keys << nullptr;
    values << nullptr;
    pg_conn *conn = PQconnectdbParams(keys.constData(), values.constData(), 0);
    if (!conn)
        return Error::failure(tr("Out of memory while connecting to the team server"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString raw = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        const bool needsPassword = PQconnectionNeedsPassword(conn);
        const bool usedPassword = PQconnectionUsedPassword(conn);
        PQfinish(conn);
        if (raw.contains(QLatin1String("password authentication failed")) || (usedPassword && raw.contains(QLatin1String("authentication"))))
            return Error::badInput(tr("The team server refused the password of user %1 (%2)").arg(a.user, a.display()));
        if (needsPassword || raw.contains(QLatin1String("no password supplied")))
            return Error::badInput(tr("The team server %1 asks for a password for user %2").arg(a.display(), a.user));
        if (raw.contains(QLatin1String("does not exist")) && raw.contains(QLatin1String("role")))
            return Error::badInput(tr("The team server %1 has no user %2").arg(a.display(), a.user));
        if (raw.contains(QLatin1String("does not exist")) && raw.contains(QLatin1String("database")))
            return Error::badInput(tr("The team server has no database \"%1\"").arg(a.database));
        return Error::failure(tr("Cannot reach the team server %1: %2").arg(a.display(), raw));
    }
    PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn, a));
}

bool PgConnection::fault(const QString &point)
{
    if (m_fault && m_fault(point)) {
        close();
        return true;
    }
    return false;
}

Error PgConnection::lostError() const
{
    return Error::failure(tr("The connection to the team server %1 was lost").arg(m_address.display()));
}

Error PgConnection::statementError(const QString &sql)
{
    Q_UNUSED(sql)
    const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (PQstatus(m_conn) != CONNECTION_OK) {
        close();
        return lostError();
    }
    return Error::failure(message);
}

Result<PgRows> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    m_lastState.clear();
    const QString tag = tagOf(sql);
    if (!m_conn || fault(QStringLiteral("before ") + tag))
        return lostError();
    QList<QByteArray> storage;
    QList<const char *> values;
    storage.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            values << nullptr;
            continue;
        }
        storage << (p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "true" : "false") : p.toString().toUtf8());
        values << storage.back().constData();
    }
    PGresult *res = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                 values.isEmpty() ? nullptr : values.constData(), nullptr, nullptr, 0);
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        m_lastState = state ? QString::fromLatin1(state) : QString();
        const QString message = primaryMessage(res, m_conn);
        PQclear(res);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            close();
            return lostError();
        }
        if (m_lastState == QLatin1String("42501"))
            return Error::badInput(tr("User %1 has no right to do this on the team server: %2").arg(m_address.user, message));
        return Error::failure(message);
    }
    PgRows rows;
    const int nf = PQnfields(res), nt = PQntuples(res);
    for (int c = 0; c < nf; ++c)
        rows.m_columns << QString::fromUtf8(PQfname(res, c));
    rows.m_rows.reserve(nt);
    for (int r = 0; r < nt; ++r) {
        QStringList row;
        row.reserve(nf);
        for (int c = 0; c < nf; ++c)
            row << (PQgetisnull(res, r, c) ? QString() : QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        rows.m_rows << row;
    }
    PQclear(res);
    if (fault(QStringLiteral("after ") + tag))
        return lostError();
    return rows;
}

Status PgConnection::run(const QString &sql, const QVariantList &params)
{
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    return {};
}

Status PgConnection::runScript(const QString &sql)
{
    m_lastState.clear();
    if (!m_conn || fault(QStringLiteral("before SCRIPT")))
        return lostError();
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        m_lastState = state ? QString::fromLatin1(state) : QString();
        QString message = primaryMessage(res, m_conn);
        if (res)
            if (const char *line = PQresultErrorField(res, PG_DIAG_CONTEXT))
                message += QStringLiteral(" (%1)").arg(QString::fromUtf8(line));
        PQclear(res);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            close();
            return lostError();
        }
        return Error::failure(message);
    }
    PQclear(res);
    return {};
}

Status PgConnection::copyIn(const QString &copySql, const QByteArray &data)
{
    m_lastState.clear();
    if (!m_conn || fault(QStringLiteral("before COPY")))
        return lostError();
    PGresult *res = PQexec(m_conn, copySql.toUtf8().constData());
    if (!res || PQresultStatus(res) != PGRES_COPY_IN) {
        const QString message = primaryMessage(res, m_conn);
        PQclear(res);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            close();
            return lostError();
        }
        return Error::failure(message);
    }
    PQclear(res);
    // Send in chunks of 1 MiB so a fault can land in the middle of a stream, like a real cut.
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += chunk) {
        if (fault(QStringLiteral("during COPY")))
            return lostError();
        if (PQputCopyData(m_conn, data.constData() + at, int(qMin(chunk, data.size() - at))) != 1)
            return statementError(copySql);
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return statementError(copySql);
    Status status;
    while ((res = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && status.ok()) {
            const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
            m_lastState = state ? QString::fromLatin1(state) : QString();
            status = Error::failure(primaryMessage(res, m_conn));
        }
        PQclear(res);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        close();
        return lostError();
    }
    if (status.ok() && fault(QStringLiteral("after COPY")))
        return lostError();
    return status;
}

void PgConnection::appendCopyField(QByteArray &out, const QString &value, bool isNull)
{
    if (isNull || value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 8);
    for (char ch : utf8) {
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += ch;
        }
    }
}

QString PgConnection::quoteIdent(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

PgTransaction::PgTransaction(PgConnection &conn)
    : m_conn(conn)
    , m_begin(conn.run(QStringLiteral("BEGIN")))
{
}

PgTransaction::~PgTransaction()
{
    if (!m_done && m_begin.ok() && m_conn.isOpen())
        m_conn.run(QStringLiteral("ROLLBACK"));
}

Status PgTransaction::commit()
{
    m_done = true;
    if (!m_begin.ok())
        return m_begin;
    return m_conn.run(QStringLiteral("COMMIT"));
}

} // namespace trato
