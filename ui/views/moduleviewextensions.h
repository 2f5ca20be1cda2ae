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
// pages come before the entity lists, in the order added. Register before the main window is built.
namespace ModuleViewExtensions {
using Factory = std::function<QWidget *(Database &db)>;
void addPage(Module module, Factory factory);
QList<Factory> pages(Module module);
void addHomeSection(Factory factory);
QList<Factory> homeSections();
} // namespace ModuleViewExtensions

} // namespace trato
