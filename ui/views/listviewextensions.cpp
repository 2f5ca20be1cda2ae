// SPDX-License-Identifier: GPL-3.0-or-later
#include "listviewextensions.h"

#include "recordlistview.h"

namespace trato::ListViewExtensions {

namespace {
QList<QPair<QString, Factory>> &all()
{
    static QList<QPair<QString, Factory>> bars;
    return bars;
}
} // namespace

void addFilterBar(const QString &entity, Factory factory)
{
    all().append({entity, std::move(factory)});
}

QList<QWidget *> createFilterBars(Database &db, RecordListView *list)
{
    QList<QWidget *> out;
    for (const auto &[entity, factory] : all())
        if (entity == list->entityName())
            if (QWidget *bar = factory(db, list))
                out << bar;
    return out;
}

} // namespace trato::ListViewExtensions
