// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace trato {

enum class FieldType {
    Text, LongText, Email, Phone, Url, Integer, Decimal, Money, Percent,
    Date, DateTime, Bool, Picklist, MultiPicklist, Relation,
    Tags, // free labels ("vip", "feria 2025"), stored normalized as "feria 2025;vip"
    Quantity // an amount of stock or of a sales line: integer thousandths (milli-units), exact
};

QString fieldTypeName(FieldType type);              // "text", "money", ... (CLI and custom fields)
bool fieldTypeFromName(const QString &name, FieldType *out);
QList<FieldType> allFieldTypes();

struct PicklistOption
{
    QString value;  // stored key, stable across languages
    QString label;  // English source text (translated when shown) or a user's own label
    // Tells translators which "Open" this is, so that Spanish can agree in gender with the entity
    // ("Abierta" for an incidencia, "Abierto" for a pedido). Empty for most options.
    QByteArray disambiguation;
};

// One field of an entity. The same description drives the column in SQLite, the list column, the
// editor in the generated form, the CSV header mapping, the full-text index and the CLI name.
struct Field
{
    enum Show : unsigned {
        InList = 1u << 0,    // visible in list views by default (the column chooser shows all)
        InForm = 1u << 1,    // has an editor in the record form
        InSearch = 1u << 2,  // part of the entity's full-text index
        InImport = 1u << 3,  // offered in CSV mapping / accepted by the CLI
    };

    QString name;            // lower snake_case; also the SQL column name
    FieldType type = FieldType::Text;
    QString label;           // English source text
    bool translatable = true; // built-in labels go through tr(); custom field labels are the user's words
    bool required = false;
    QString defaultValue;    // in storage form ("" = none)
    QList<PicklistOption> options;
    QString relationTarget;  // entity name for Relation fields
    unsigned show = InForm | InImport;
    bool indexed = false;    // an index for sorting/lookup
    bool system = false;     // id, owner, created_at... managed by the store
    bool readOnly = false;   // shown but not editable by users
    bool custom = false;     // added by a user in Settings -> Fields
    // Extra validation beyond the type (applied by Value::parse and Value::normalize).
    enum class Check { None, TaxId };
    Check check = Check::None;
    // Conditionally required: this field must have a value when field requiredIf has the value
    // requiredIfValue (a lead disqualified needs a reason).
    QString requiredIf;
    QString requiredIfValue;
    // Not before: this field's value may not be earlier than field notBeforeField's (an activity's
    // end and its start), judged on the record as it will be after the write.
    QString notBeforeField;
    // Forms group fields under this heading (English source, translated in "trato::Metadata");
    // fields of one section are consecutive in the entity description. Empty: the main block.
    QString section;
    // Derived: computed by Trato from other records (a contact's last activity, its next step, its
    // relationship status). Read-only, never imported, and not written to the change log: every
    // copy of the database computes it again from the records it is derived from.
    bool derived = false;

    QString displayLabel() const;
    QString optionLabel(const QString &value) const;
    bool has(Show s) const { return (show & s) != 0; }
    QString sqlType() const;

    // Fluent builders for the built-in descriptions.
    static Field make(const char *name, FieldType type, const char *label);
    Field &requiredField() { required = true; return *this; }
    Field &inList() { show |= InList; return *this; }
    Field &searchable() { show |= InSearch; return *this; }
    Field &withIndex() { indexed = true; return *this; }
    Field &defaultsTo(const QString &v) { defaultValue = v; return *this; }
    Field &relation(const char *target) { relationTarget = QString::fromLatin1(target); return *this; }
    Field &checkedAs(Check c) { check = c; return *this; }
    Field &requiredWhen(const char *otherField, const char *value)
    {
        requiredIf = QString::fromLatin1(otherField);
        requiredIfValue = QString::fromLatin1(value);
        return *this;
    }
    Field &notBefore(const char *otherField) { notBeforeField = QString::fromLatin1(otherField); return *this; }
    Field &setBySystem() { readOnly = true; return *this; }
    Field &derivedValue() { readOnly = true; derived = true; show &= ~InImport; return *this; }
    Field &inSection(const char *heading) { section = QString::fromUtf8(heading); return *this; }
    QString displaySection() const;
    Field &option(const char *value, const char *label);
    // With a translator's disambiguation: option("open", QT_TRANSLATE_NOOP3("trato::Metadata", "Open", "ticket status")).
    struct LabelInContext { const char *source; const char *comment; };
    Field &option(const char *value, LabelInContext label);
};

} // namespace trato
