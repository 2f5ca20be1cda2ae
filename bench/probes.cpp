// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>

#include <sqlite3.h>

#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace trato::bench {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so atEnd() is true at once: read it whole.
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void evictFromPageCache(const QString &file)
{
#ifdef Q_OS_LINUX
    for (const char *suffix : {"", "-wal"}) {
        const QByteArray path = QFile::encodeName(file + QLatin1String(suffix));
        const int fd = ::open(path.constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(file);
#endif
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    if (!done()) {
        poll.start(2);
        loop.exec();
    }
    return done();
}

RawSqlite::RawSqlite(const QString &file)
{
    if (sqlite3_open_v2(file.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_exec(m_db, "PRAGMA cache_size=-32768; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
            != SQLITE_OK)
        m_error = QStringLiteral("sqlite3_open %1: %2").arg(file, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

Result<double> RawSqlite::firstPageMs(const QString &sql, const QVariantList &params, int rows)
{
    if (!m_error.isEmpty())
        return Error::failure(m_error);
    const QByteArray utf8 = sql.toUtf8();
    std::vector<QByteArray> texts;
    texts.reserve(size_t(params.size()));
    for (const QVariant &p : params)
        texts.push_back(p.toString().toUtf8());

    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return Error::failure(QStringLiteral("sqlite3_prepare: %1 [%2]").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), sql.left(200)));
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &p = params.at(i);
        if (p.typeId() == QMetaType::Int || p.typeId() == QMetaType::LongLong)
            sqlite3_bind_int64(stmt, i + 1, p.toLongLong());
        else
            sqlite3_bind_text(stmt, i + 1, texts[size_t(i)].constData(), int(texts[size_t(i)].size()), SQLITE_STATIC);
    }
    const int columns = sqlite3_column_count(stmt);
    int rc = SQLITE_ROW;
    for (int r = 0; r < rows && (rc = sqlite3_step(stmt)) == SQLITE_ROW; ++r)
        for (int c = 0; c < columns; ++c)
            sqlite3_column_text(stmt, c);
    sqlite3_finalize(stmt);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error::failure(QStringLiteral("sqlite3_step: %1 [%2]").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), sql.left(200)));
    return ms;
}

} // namespace trato::bench
