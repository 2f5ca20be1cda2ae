// SPDX-License-Identifier: GPL-3.0-or-later
#include "field.h"
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {
struct TypeName { FieldType type; const char *name; };
constexpr TypeName kTypeNames[] = {
    {FieldType::Text, "text"}, {FieldType::LongText, "long_text"}, {FieldType::Email, "email"},
    {FieldType::Phone, "phone"}, {FieldType::Url, "url"}, {FieldType::Integer, "integer"},
    {FieldType::Decimal, "decimal"}, {FieldType::Money, "money"}, {FieldType::Percent, "percent"},
    {FieldType::Date, "date"}, {FieldType::DateTime, "datetime"}, {FieldType::Bool, "bool"},
    {FieldType::Picklist, "picklist"}, {FieldType::MultiPicklist, "multi_picklist"},
    {FieldType::Relation, "relation"}, {FieldType::Tags, "tags"}, {FieldType::Quantity, "quantity"},
};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &t : kTypeNames)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *out)
{
    for (const auto &t : kTypeNames) {
        if (name == QLatin1String(t.name)) {
            *out = t.type;
            return true;
        }
    }
    return false;
}

QList<FieldType> allFieldTypes()
{
    QList<FieldType> all;
    for (const auto &t : kTypeNames)
        all << t.type;
    return all;
}

QString Field::displayLabel() const
{
    return translatable ? QCoreApplication::translate("trato::Metadata", label.toUtf8().constData()) : label;
}

QString Field::displaySection() const
{
    return section.isEmpty() ? QString() : QCoreApplication::translate("trato::Metadata", section.toUtf8().constData());
}

QString Field::optionLabel(const QString &value) const
{
    for (const auto &o : options) {
        if (o.value == value)
            return translatable ? QCoreApplication::translate("trato::Metadata", o.label.toUtf8().constData(),
                                                              o.disambiguation.isEmpty() ? nullptr : o.disambiguation.constData())
                                : o.label;
    }
    return value;
}

QString Field::sqlType() const
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Money: // integer minor units (cents): never binary floating point for money
    case FieldType::Quantity: // integer thousandths, for the same reason
    case FieldType::Bool:
        return QStringLiteral("INTEGER");
    case FieldType::Decimal:
    case FieldType::Percent:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

Field Field::make(const char *name, FieldType type, const char *label)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    f.label = QString::fromUtf8(label);
    return f;
}

Field &Field::option(const char *value, const char *optionLabel)
{
    options.append({QString::fromLatin1(value), QString::fromUtf8(optionLabel), {}});
    return *this;
}

Field &Field::option(const char *value, LabelInContext optionLabel)
{
    options.append({QString::fromLatin1(value), QString::fromUtf8(optionLabel.source), QByteArray(optionLabel.comment)});
    return *this;
}

// ---- Entity ----

const Field *Entity::field(const QString &fieldName) const
{
    for (const auto &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

QString Entity::displayLabel() const
{
    return QCoreApplication::translate("trato::Metadata", label.toUtf8().constData());
}

QString Entity::displayPluralLabel() const
{
    return QCoreApplication::translate("trato::Metadata", pluralLabel.toUtf8().constData());
}

QList<const Field *> Entity::fieldsWith(Field::Show s) const
{
    QList<const Field *> out;
    for (const auto &f : fields)
        if (f.has(s))
            out << &f;
    return out;
}

QStringList Entity::searchColumns() const
{
    QStringList cols;
    for (const auto &f : fields)
        if (f.has(Field::InSearch))
            cols << f.name;
    return cols;
}

QString Entity::titleExpression(const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList parts;
    for (const auto &f : titleFields)
        parts << QStringLiteral("coalesce(%1\"%2\",'')").arg(prefix, f);
    if (parts.size() == 1)
        return parts.first();
    return QStringLiteral("trim(") + parts.join(QStringLiteral(" || ' ' || ")) + QLatin1Char(')');
}

QString moduleName(Module m)
{
    switch (m) {
    case Module::Home: return QStringLiteral("home");
    case Module::Marketing: return QStringLiteral("marketing");
    case Module::Sales: return QStringLiteral("sales");
    case Module::Support: return QStringLiteral("support");
    case Module::Analytics: return QStringLiteral("analytics");
    case Module::Inventory: return QStringLiteral("inventory");
    case Module::Activities: return QStringLiteral("activities");
    }
    return {};
}

QString moduleLabel(Module m)
{
    switch (m) {
    case Module::Home: return QCoreApplication::translate("trato::Metadata", "Home");
    case Module::Marketing: return QCoreApplication::translate("trato::Metadata", "Marketing");
    case Module::Sales: return QCoreApplication::translate("trato::Metadata", "Sales");
    case Module::Support: return QCoreApplication::translate("trato::Metadata", "Customer service");
    case Module::Analytics: return QCoreApplication::translate("trato::Metadata", "Analytics");
    case Module::Inventory: return QCoreApplication::translate("trato::Metadata", "Inventory");
    case Module::Activities: return QCoreApplication::translate("trato::Metadata", "Activities");
    }
    return {};
}

QList<Module> allModules()
{
    return {Module::Home, Module::Marketing, Module::Sales, Module::Support,
            Module::Analytics, Module::Inventory, Module::Activities};
}

} // namespace trato
