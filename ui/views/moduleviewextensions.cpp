// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduleviewextensions.h"

#include <QHash>

namespace trato::ModuleViewExtensions {

namespace {
QHash<int, QList<Factory>> &modulePages()
{
    static QHash<int, QList<Factory>> pages;
    return pages;
}
QList<Factory> &sections()
{
    static QList<Factory> list;
    return list;
}
} // namespace

void addPage(Module module, Factory factory)
{
    modulePages()[int(module)] << std::move(factory);
}

QList<Factory> pages(Module module)
{
    return modulePages().value(int(module));
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
