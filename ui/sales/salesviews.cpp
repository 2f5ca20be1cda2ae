// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesviews.h"

#include "forms/recordviewextensions.h"
#include "views/listviewextensions.h"
#include "views/moduleviewextensions.h"

namespace trato {

void registerSalesViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views (declare its function here, inside the block).

    // sales: documents
    void registerDocumentActions(); // documentactions.cpp
    registerDocumentActions();

    // sales: pipeline
    QWidget *createPipelineBoardPage(Database &db); // pipelineboardpage.cpp
    QWidget *createForecastPage(Database &db);      // forecastpage.cpp
    ModuleViewExtensions::addPage(Module::Sales, createPipelineBoardPage);
    ModuleViewExtensions::addPage(Module::Sales, createForecastPage);

    // sales: printing
    void registerPrintActions(); // printactions.cpp
    registerPrintActions();

    // sales: lines and history
    void registerLinesViews();
    void registerPurchaseHistoryViews();
    registerLinesViews();
    registerPurchaseHistoryViews();
}

} // namespace trato
