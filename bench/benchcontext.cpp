// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcontext.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace trato::bench {

BenchContext::BenchContext(Options options)
    : m_options(std::move(options))
    , m_cache(m_options.dataDir, m_options.seed)
{
    m_scratch = QDir(m_options.dataDir).filePath(QStringLiteral("scratch-%1").arg(QCoreApplication::applicationPid()));
}

qint64 BenchContext::smallest() const
{
    return *std::min_element(m_options.sizes.begin(), m_options.sizes.end());
}

qint64 BenchContext::largest() const
{
    return *std::max_element(m_options.sizes.begin(), m_options.sizes.end());
}

Result<QString> BenchContext::dataset(qint64 contacts)
{
    // --regenerate: once per size and run, not once per case.
    const bool regenerate = m_options.regenerate && !m_regenerated.contains(contacts);
    auto path = m_cache.ensure(contacts, regenerate);
    if (path)
        m_regenerated.insert(contacts);
    return path;
}

Result<BenchContext::OpenDataset> BenchContext::openDataset(qint64 contacts)
{
    auto path = dataset(contacts);
    if (!path)
        return path.error();
    auto db = Database::open(path.value());
    if (!db)
        return db.error();
    return OpenDataset{path.value(), db.value()};
}

QString BenchContext::scratchDir() const
{
    QDir().mkpath(m_scratch);
    return m_scratch;
}

QString BenchContext::platformName()
{
    const QString forced = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!forced.isEmpty())
        return forced;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return QStringLiteral("offscreen");
    return QString();
}

QProcessEnvironment BenchContext::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString platform = platformName();
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const QString config = QDir(scratchDir()).filePath(QStringLiteral("config"));
    QDir().mkpath(config);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
        // Qt warns on stderr without one; it must be private to the user.
        const QString runtime = QDir(scratchDir()).filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    env.remove(QStringLiteral("TRATO_DB")); // every program gets its file through --db
    return env;
}

QString BenchContext::program(const QString &name) const
{
    QString path;
    if (name == QLatin1String("trato"))
        path = m_options.tratoPath;
    else if (name == QLatin1String("trato-bench-minimal"))
        path = m_options.minimalPath;
    if (path.isEmpty()) {
        path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
#ifdef Q_OS_WIN
        path += QStringLiteral(".exe");
#endif
    }
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

Result<QJsonObject> BenchContext::runChild(const QString &caseName, const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child"), caseName} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return Error::failure(QStringLiteral("child process for %1 did not finish in %2 s").arg(caseName).arg(timeoutMs / 1000));
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(kChildResultPrefix))
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.mid(int(qstrlen(kChildResultPrefix))), &error);
        if (!doc.isObject())
            return Error::failure(QStringLiteral("child process for %1 printed bad JSON: %2").arg(caseName, error.errorString()));
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("error")))
            return Error::failure(o.value(QStringLiteral("error")).toString());
        return o;
    }
    return Error::failure(QStringLiteral("child process for %1 exited with code %2 without a result")
                              .arg(caseName)
                              .arg(p.exitCode()));
}

void BenchContext::say(const QString &message)
{
    std::fprintf(stderr, "trato-bench: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

} // namespace trato::bench
