// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace trato::test {

namespace {
const char *const kAdmin = "trato_admin";
const char *const kAdminPassword = "admin-secret";

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

QString PgTestServer::binDir()
{
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        if (QFile::exists(base.filePath(v + QStringLiteral("/bin/initdb"))))
            return base.filePath(v + QStringLiteral("/bin"));
    return {};
}

PgTestServer::PgTestServer()
{
    m_running = start();
}

PgTestServer::~PgTestServer()
{
    kill();
    if (m_asPostgresUser) // the files belong to postgres: remove them as root is fine
        m_dir.remove();
}

bool PgTestServer::runAsOwner(const QStringList &command, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command);
    else
        p.start(command.front(), command.mid(1));
    const bool finished = p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(command.join(QLatin1Char(' ')), out.trimmed());
        return false;
    }
    return true;
}

bool PgTestServer::start()
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString pwfile = m_dir.filePath(QStringLiteral("pw"));
    {
        QFile f(pwfile);
        f.open(QIODevice::WriteOnly);
        f.write(kAdminPassword);
    }
    if (m_asPostgresUser) {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
    }
    if (!runAsOwner({bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kAdmin),
                     QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                     QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                     QStringLiteral("UTF8"), QStringLiteral("--locale=C")}))
        return false;
    m_port = freePort();
    return restart();
}

bool PgTestServer::restart()
{
    const QString bin = binDir();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // fsync off (nothing here must survive a power cut), but synchronous_commit on: a COMMIT's WAL
    // is written before the client hears of it, so kill() (an immediate shutdown, a crash) never
    // loses a transaction a client was told had committed.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on "
                                           "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!runAsOwner({bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("start")})) {
        m_error += QStringLiteral("\n") + log();
        return false;
    }
    m_running = createDatabase(QStringLiteral("trato"));
    return m_running;
}

void PgTestServer::kill()
{
    if (!m_running)
        return;
    runAsOwner({binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PgTestServer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

ServerAddress PgTestServer::admin(const QString &database) const
{
    return user(QString::fromLatin1(kAdmin), QString::fromLatin1(kAdminPassword), database);
}

ServerAddress PgTestServer::user(const QString &name, const QString &password, const QString &database) const
{
    ServerAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_port;
    a.database = database;
    a.user = name;
    a.password = password;
    a.sslMode = QStringLiteral("disable");
    return a;
}

bool PgTestServer::createDatabase(const QString &name)
{
    auto conn = PgConnection::connect(admin(QStringLiteral("postgres")));
    if (!conn) {
        m_error = conn.error().message;
        return false;
    }
    auto exists = conn.value()->exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name});
    if (exists && exists->count() == 1)
        return true;
    auto created = conn.value()->run(QStringLiteral("CREATE DATABASE ") + PgConnection::quoteIdent(name));
    if (!created) {
        m_error = created.error().message;
        return false;
    }
    return true;
}

} // namespace trato::test
