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

namespace {
QList<QPair<QString, ContextActions>> &contextActions()
{
    static QList<QPair<QString, ContextActions>> actions;
    return actions;
}
} // namespace

void addContextActions(const QString &entity, ContextActions actions)
{
    contextActions().append({entity, std::move(actions)});
}

void appendContextActions(QMenu *menu, Database &db, RecordListView *list, const QStringList &ids)
{
    for (const auto &[entity, actions] : contextActions())
        if (entity == list->entityName())
            actions(menu, db, list, ids);
}

namespace {
QList<ToolbarActions> &toolbarActions()
{
    static QList<ToolbarActions> actions;
    return actions;
}
} // namespace

void addToolbarActions(ToolbarActions actions)
{
    toolbarActions().append(std::move(actions));
}

void appendToolbarActions(QToolBar *toolbar, Database &db, RecordListView *list)
{
    for (const auto &actions : toolbarActions())
        actions(toolbar, db, list);
}

} // namespace trato::ListViewExtensions
