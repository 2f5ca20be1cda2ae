// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportviews.h"

#include "forms/recordviewextensions.h"
#include "support/kpipage.h"
#include "support/queuepage.h"
#include "views/listviewextensions.h"
#include "views/moduleviewextensions.h"

namespace trato {

void registerSupportViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views (declare its function here, inside the block).

    // support: sla
    void registerSlaViews(); // slaviews.cpp
    registerSlaViews();

    // support: tickets
    void registerTicketViews(); // ui/support/ticketconversation.cpp
    registerTicketViews();

    // support: queues and kpis
    ModuleViewExtensions::addPage(Module::Support, [](Database &db) -> QWidget * { return new QueuePage(db); });
    ModuleViewExtensions::addPage(Module::Support, [](Database &db) -> QWidget * { return new KpiPage(db); },
                                  ModuleViewExtensions::Placement::AfterLists);

    // support: knowledge base and contracts
    void registerKbViews(); // kbviews.cpp
    registerKbViews();
}

} // namespace trato
