// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduleviewextensions.h"

#include <QHash>

namespace trato::ModuleViewExtensions {

namespace {
QHash<int, QList<Factory>> &modulePages(Placement placement)
{
    static QHash<int, QList<Factory>> before, after;
    return placement == Placement::BeforeLists ? before : after;
}
QList<Factory> &sections()
{
    static QList<Factory> list;
    return list;
}
} // namespace

void addPage(Module module, Factory factory, Placement placement)
{
    modulePages(placement)[int(module)] << std::move(factory);
}

QList<Factory> pages(Module module, Placement placement)
{
    return modulePages(placement).value(int(module));
}

void addHomeSection(Factory factory)
{
    sections() << std::move(factory);
}

QList<Factory> homeSections()
{
    return sections();
}

} // namespace trato::ModuleViewExtensions
