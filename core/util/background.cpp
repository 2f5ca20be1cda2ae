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

void waitForBackgroundWork()
{
    backgroundPool()->waitForDone();
}

} // namespace trato
