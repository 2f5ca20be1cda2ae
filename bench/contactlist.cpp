// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlist.h"

#include "metadata/registry.h"

namespace trato::bench {

BuiltQuery contactListSql(const QString &search)
{
    Registry registry;
    const Entity *e = registry.entity(QStringLiteral("contact"));
    ListQuery q;
    q.entity = e->name;
    q.search = search;
    for (const Field *f : e->fieldsWith(Field::InList))
        q.columns << f->name;
    return ListSql::select(registry, *e, q);
}

} // namespace trato::bench
