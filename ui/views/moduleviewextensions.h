// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadata/entity.h"

#include <QWidget>

#include <functional>

namespace trato {

class Database;

// Pages a module adds beside its entity lists (the Activities calendar, a call list's work screen)
// and sections it adds to the Home page (My day, the supervisor's counts), so ModulePage and
// HomeView stay generic. A page's windowTitle() is its tab label and its windowIcon() the tab icon;
// pages come before the entity lists (a module's main work screen, like the calendar) or after them
// (reports, like Inventario's), in the order added. Register before the main window is built.
namespace ModuleViewExtensions {
using Factory = std::function<QWidget *(Database &db)>;
enum class Placement { BeforeLists, AfterLists };
void addPage(Module module, Factory factory, Placement placement = Placement::BeforeLists);
QList<Factory> pages(Module module, Placement placement = Placement::BeforeLists);
void addHomeSection(Factory factory);
QList<Factory> homeSections();
} // namespace ModuleViewExtensions

} // namespace trato
