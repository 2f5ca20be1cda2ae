// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryviews.h"

#include "forms/recordviewextensions.h"
#include "views/listviewextensions.h"
#include "views/moduleviewextensions.h"

namespace trato {

void registerInventoryViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views (declare its function here, inside the block).

    // inventory: catalog
    void registerCatalogViews(); // productoptionsview.cpp
    registerCatalogViews();

    // inventory: stock
    void registerStockViews(); // productstockview.cpp: the product's Stock tab
    registerStockViews();

    // inventory: purchasing
    void registerPurchasingViews(); // purchasingviews.cpp
    registerPurchasingViews();

    // inventory: reports
    QWidget *createStockReportPage(Database &db);     // stockreportpages.cpp
    QWidget *createMovementsReportPage(Database &db);
    QWidget *createSlowMoversPage(Database &db);
    ModuleViewExtensions::addPage(Module::Inventory, createStockReportPage, ModuleViewExtensions::Placement::AfterLists);
    ModuleViewExtensions::addPage(Module::Inventory, createMovementsReportPage, ModuleViewExtensions::Placement::AfterLists);
    ModuleViewExtensions::addPage(Module::Inventory, createSlowMoversPage, ModuleViewExtensions::Placement::AfterLists);
}

} // namespace trato
