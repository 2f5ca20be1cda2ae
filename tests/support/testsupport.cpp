// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/sqlite.h"

#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>

#include <stdexcept>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace trato::test {

TempDb::TempDb(const Database::Options &options)
{
    reopen(options);
}

void TempDb::reopen(const Database::Options &options)
{
    m_db.reset();
    auto r = Database::open(path(), options);
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
    m_db = r.value();
}

ProcessResult run(const QString &program, const QStringList &args, const QByteArray &input,
                  const QStringList &extraEnv, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start ") + program;
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out: ") + program;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult sqlite3(const QString &dbPath, const QString &sql)
{
    return run(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath}, sql.toUtf8());
}

bool pinTicketClock(Database &db, const QString &ticketId, const QVariantMap &values)
{
    static const QStringList fields = {QStringLiteral("opened_at"), QStringLiteral("first_response_due"), QStringLiteral("first_response_at"),
                                       QStringLiteral("resolution_due"), QStringLiteral("resolved_at"), QStringLiteral("closed_at"),
                                       QStringLiteral("sla_state")};
    for (const QString &f : fields) {
        // What the data set does not state, it does not have (no due time, no SLA); opened_at stays.
        if (!values.contains(f) && f == QLatin1String("opened_at"))
            continue;
        QVariant v = values.contains(f) ? values.value(f)
                     : f == QLatin1String("sla_state") ? QVariant(QStringLiteral("none")) : QVariant();
        if (v.metaType().id() == QMetaType::QDateTime)
            v = v.toDateTime().toUTC().toString(Qt::ISODate);
        // f is one of the fixed names above, never user text.
        if (!Sql::exec(db.connection(), QStringLiteral("UPDATE ticket SET %1 = ? WHERE id = ?").arg(f), {v, ticketId}))
            return false;
    }
    return true;
}

} // namespace trato::test
