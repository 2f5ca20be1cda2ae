// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace trato {

// Facts about the sales documents that every part of Comercial shares (the document service, the
// lines editor, printing, purchase history): which entities are documents, in which statuses a
// document may still be edited, how a line points at its document, how stock movements name it.
namespace SalesDocs {

// quote, sales_order, invoice, credit_note — in the order a sale goes through them.
QStringList documentEntities();
bool isDocument(const QString &entity);

// Whether a document in this status may still change (its fields and its lines):
//   quote: draft, sent;  sales_order: open;  invoice: draft;  credit_note: draft.
// An issued invoice is never edited: a credit note corrects it.
bool editable(const QString &entity, const QString &status);

// The sales_line field that points at a document of this entity (the entity's own name).
QString lineField(const QString &entity);

// How a stock movement or a reservation names the document: "sales_order:<id>", "invoice:<id>".
QString stockDocument(const QString &entity, const QString &id);

} // namespace SalesDocs

} // namespace trato
