// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace trato {

class Database;

// "Print record": one record as it reads on paper. The form's fields grouped by their sections
// (labels and values formatted as the form shows them: Value::display in the locale, a relation by
// the related record's name, empty values left out), then who owns it and when it was created and
// changed; the company name from the company profile for the header. RecordPrinter (ui/printing)
// paints it with "Page N of M".
struct PrintableRecord
{
    struct Item
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString heading;       // empty: the main block
        QList<Item> items;
    };
    QString company;           // CompanyProfile::name, may be empty
    QString entityLabel;       // "Contact"
    QString title;             // the record's display name
    QDate date;                // printed on
    QList<Section> sections;

    // Every label and value as "label: value" lines (tests, plain text).
    QString toText() const;
};

namespace RecordReport {
// The record, or NotFound naming the entity and id. Deleted records print too (from the Trash).
// relatedRows > 0: after the record's own sections, one section per related list (as the Related
// tab shows them: "Contacts (Account) · 12") with its first relatedRows records, each as its name
// and its other list columns ("Ana Gil: Madrid · ana@example.com").
Result<PrintableRecord> load(Database &db, const QString &entity, const QString &id, const QDate &today,
                             const QLocale &locale = QLocale(), int relatedRows = 0);
} // namespace RecordReport

} // namespace trato
