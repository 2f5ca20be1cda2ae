// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

#include <QStringList>

namespace trato {

enum class Module { Home, Marketing, Sales, Support, Analytics, Inventory, Activities };

QString moduleName(Module m);          // stable key: "marketing"
QString moduleLabel(Module m);         // translated
QList<Module> allModules();

// The one description of an entity (EspoCRM-style). Everything else derives from it.
struct Entity
{
    QString name;            // lower snake_case singular; also the table name
    QString label;           // English source, singular
    QString pluralLabel;     // English source, plural
    Module module = Module::Home;
    QStringList titleFields; // joined with spaces to make the record's display name
    QString defaultSort;     // field name
    bool defaultSortDescending = false; // newest first (the stock ledger, invoices)
    QList<Field> fields;     // user fields first, then the system fields
    // Embedded entities (campaign members) live inside another record's view: no list page of
    // their own in the module navigator, no global search.
    bool embedded = false;
    // Records only Trato writes, never changed or deleted (stock movements: the ledger posts them).
    // Lists show them and open them read-only, but offer no New, Delete or Import.
    bool insertOnly = false;
    // Fields unique together among active records that have all of them set (a campaign member:
    // campaign + lead). Each set becomes a partial UNIQUE index.
    QList<QStringList> uniqueTogether;
    // Fields of which exactly one is set on insert and never more than one after (a campaign member
    // is a lead, a contact or an account). Enforced by triggers, so outside writers are held to it.
    QStringList exactlyOneOf;
    // Composite indexes for a service's hot query (an activity's owner, status, start_at for My day),
    // each a list of column names in index order. Named "<entity>__ix_<columns>", so bulk loads
    // drop and rebuild them with the entity's other generated indexes.
    QList<QStringList> extraIndexes;
    // The label of the system field `owner` when the entity means something more precise by it
    // (an activity's owner is the user it is assigned to). Empty: "Owner".
    QString ownerLabel;
    // The owner may be nobody: a ticket that no agent has picked up yet waits unassigned. A new
    // record gets no owner unless one is given, and an empty owner is stored as NULL instead of
    // becoming the writer (`created_by` still says who wrote it).
    bool ownerOptional = false;
    // Team sync (core/sync, docs/SYNC.md): how the team server shares these records.
    //   Owned  (default) the owner's team sees them; the owner writes them (a manager: all the team's)
    //   Shared the catalog and settings: everyone reads, managers write; insert-only ones anyone adds
    //   Local  never synced: derived on each computer (SLA alerts)
    enum class Sharing { Owned, Shared, Local };
    Sharing sharing = Sharing::Owned;
    // Support agents may work any of their team's records of this kind (tickets), not only their own.
    bool supportWritable = false;

    const Field *field(const QString &fieldName) const;
    QString displayLabel() const;
    QString displayPluralLabel() const;
    QList<const Field *> fieldsWith(Field::Show s) const;
    QStringList searchColumns() const;
    QString ftsTable() const { return name + QStringLiteral("_fts"); }
    // SQL expression for the display name, for use in SELECTs on this entity's table (alias a).
    QString titleExpression(const QString &alias = QString()) const;
};

} // namespace trato
