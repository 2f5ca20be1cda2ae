// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"

namespace trato {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("trato-background"));
        return p;
    }();
    return pool;
}

QThreadPool *interactivePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("trato-interactive"));
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1); // the thread, and its connection, live as long as the application
        return p;
    }();
    return pool;
}

void waitForBackgroundWork()
{
    interactivePool()->waitForDone();
    backgroundPool()->waitForDone();
}

} // namespace trato
