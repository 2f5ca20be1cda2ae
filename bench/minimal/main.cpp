// SPDX-License-Identifier: GPL-3.0-or-later
// trato-bench-minimal: the smallest reasonable Qt program that shows the first page of the contact
// list, the reference for trato's cold start. Opens --db FILE with QSqlDatabase, shows a QTableView
// over a QSqlQueryModel of --sql (trato-bench passes the SQL of Trato's contact list) and exits
// after the first paint with rows, printing "first-paint-ms N" (ms since the process started) as
// `trato --quit-after-first-paint` does.
#include "../firstpaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

// Milliseconds since the kernel started this process (Linux: start time in /proc/self/stat, in
// clock ticks since boot), so the figure includes loading the libraries before main().
double msSinceProcessStart(const QElapsedTimer &sinceMain)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (f.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const QByteArray stat = f.readAll();
        // Fields after the command name (which may contain spaces) start after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
        const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
        if (startTicks > 0 && ticksPerSecond > 0)
            return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startTicks / ticksPerSecond) * 1000.0;
    }
#endif
    return double(sinceMain.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
    if (args.indexOf(QStringLiteral("--db")) < 0 || !QFile::exists(path)) {
        std::fprintf(stderr, "usage: trato-bench-minimal --db FILE [--sql SELECT]\n");
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open()) {
        std::fprintf(stderr, "trato-bench-minimal: %s\n", qUtf8Printable(db.lastError().text()));
        return 3;
    }
    QSqlQueryModel model;
    // trato-bench passes the SQL of Trato's contact list (its columns, filter and order) as --sql;
    // QSqlQueryModel fetches the first 256 rows of it.
    const int sqlAt = int(args.indexOf(QStringLiteral("--sql")));
    const QString sql = sqlAt > 0 ? args.value(sqlAt + 1)
                                  : QStringLiteral("SELECT * FROM contact WHERE deleted = 0 ORDER BY rid");
    model.setQuery(QSqlQuery(sql, db));
    if (model.lastError().isValid()) {
        std::fprintf(stderr, "trato-bench-minimal: %s\n", qUtf8Printable(model.lastError().text()));
        return 3;
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    trato::bench::FirstPaintWatcher watcher(view.viewport(), [&model] { return model.rowCount() > 0; });
    if (!watcher.wait(60000)) {
        std::fprintf(stderr, "trato-bench-minimal: nothing painted within 60 s\n");
        return 3;
    }
    std::printf("first-paint-ms %.0f\n", msSinceProcessStart(sinceMain));
    std::fflush(stdout);
    return 0;
}
