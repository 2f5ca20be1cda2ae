// SPDX-License-Identifier: GPL-3.0-or-later
#include "listflags.h"

#include "../activities/activityrollups.h"
#include "../inventory/replenishment.h"
#include "../support/servicecontracts.h"

#include <QMutex>

#include <mutex>

namespace trato::ListFlags {

namespace {
QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<ListFlag> &all()
{
    static QList<ListFlag> flags;
    return flags;
}

void ensureBuiltins()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ActivityRollups::registerListFlags();
        Replenishment::registerListFlags();
        ServiceContracts::registerListFlags(); // support: knowledge base and contracts
    });
}
} // namespace

void add(ListFlag flag)
{
    QMutexLocker lock(&mutex());
    all() << std::move(flag);
}

QList<ListFlag> forEntity(const QString &entity)
{
    ensureBuiltins();
    QMutexLocker lock(&mutex());
    QList<ListFlag> out;
    for (const ListFlag &f : all())
        if (f.entity == entity)
            out << f;
    return out;
}

} // namespace trato::ListFlags
