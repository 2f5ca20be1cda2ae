// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace trato {

// The pool that runs Trato's background work (GUI and core: list counts, search, backups...). Deliberately not QThreadPool::globalInstance():
// Qt's raster paint engine splits big fills and image conversions into jobs on the global pool and
// blocks the GUI thread until they finish, so a count(*) of a million rows queued there delays
// painting by the length of the count.
QThreadPool *backgroundPool();

// The pool for queries someone is waiting on while typing (list pages, global search): one
// thread that keeps its connection, and with it SQLite's page cache, between queries, so a
// keystroke's query never queues behind a count nor pays for opening a connection. Callers keep at
// most one query of theirs in flight and drop superseded results (see RecordListModel).
QThreadPool *interactivePool();

// Waits for all background and interactive work. Call before the Database goes away.
void waitForBackgroundWork();

// Runs work(db) on backgroundPool() with that worker thread's own database connection, then
// done(result) on the GUI thread, unless context was destroyed in the meantime. Used for
// everything that may scan a big table (counts, global search, backups, integrity checks, demo
// data), so the GUI thread never does. The Database must outlive the work: whoever owns it calls
// waitForBackgroundWork() before letting it go.
template<typename Work, typename Done>
void runInBackground(Database &db, QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    Database *database = &db;
    backgroundPool()->start([guard, database, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work(*database);
        database->releaseThreadConnection();
        // Queued on the application object and checked there: the context lives on the GUI thread,
        // so the check cannot race with its destruction.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

// runInBackground() on interactivePool(); the worker's connection stays open for the next query
// (Database closes it when it goes away).
template<typename Work, typename Done>
void runInteractive(Database &db, QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    Database *database = &db;
    interactivePool()->start([guard, database, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work(*database);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace trato
