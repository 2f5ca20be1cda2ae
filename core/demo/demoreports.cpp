// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreports.h"

#include "../analytics/reportservice.h"
#include "../store/database.h"
#include "../store/sqlite.h"

namespace trato {

Result<int> generateDemoReports(Database &db)
{
    auto existing = Sql::exec(db.connection(), QStringLiteral("SELECT count(*) FROM report"));
    if (!existing)
        return existing.error();
    if (existing.value().next() && existing.value().value(0).toLongLong() > 0)
        return 0;
    struct Demo
    {
        const char *name;
        const char *description;
        bool shared;
        const char *json;
    };
    const Demo demos[] = {
        {"Oportunidades abiertas por etapa", "Importe del embudo por etapa, con la fecha de cierre prevista.", true,
         R"({"entity": "opportunity",
             "columns": [{"field": "name"}, {"field": "account"}, {"field": "account.city"}, {"field": "expected_close"},
                         {"field": "amount", "aggregate": "sum"}],
             "filters": [{"field": "status", "op": "eq", "value": "open"}],
             "groups": [{"field": "stage"}], "sort": [{"field": "amount", "descending": true}], "chart": "bar"})"},
        {"Facturación por mes", "Facturas de este año agrupadas por mes, con totales.", true,
         R"({"entity": "invoice",
             "columns": [{"field": "number"}, {"field": "account"}, {"field": "invoice_date"}, {"field": "status"},
                         {"field": "total", "aggregate": "sum"}, {"field": "balance_due", "aggregate": "sum"}],
             "filters": [{"field": "invoice_date", "op": "period", "value": "this_year"}],
             "groups": [{"field": "invoice_date", "by": "month"}], "sort": [{"field": "invoice_date"}], "chart": "line"})"},
        {"Clientes por ciudad", "Cuentas de tipo cliente por ciudad.", false,
         R"({"entity": "account",
             "columns": [{"field": "name", "aggregate": "count"}, {"field": "city"}, {"field": "phone"}, {"field": "owner"}],
             "filters": [{"field": "type", "op": "eq", "value": "customer"}],
             "groups": [{"field": "city"}], "sort": [{"field": "name"}], "chart": "pie"})"},
    };
    int saved = 0;
    for (const Demo &d : demos) {
        auto def = ReportDefinition::fromJsonText(QString::fromUtf8(d.json));
        if (!def)
            return def.error();
        auto id = ReportService::save(db, QString::fromUtf8(d.name), def.value(), d.shared, QString::fromUtf8(d.description));
        if (!id)
            return id.error();
        ++saved;
    }
    return saved;
}

} // namespace trato
