// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter.h"

#include "../metadata/value.h"
#include "../store/recordstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace trato::Filter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::Filter", text);
}

struct OpInfo
{
    Condition::Op op;
    const char *key;
    const char *label;
};

constexpr OpInfo kOps[] = {
    {Condition::Equals, "eq", QT_TRANSLATE_NOOP("trato::Filter", "is")},
    {Condition::NotEquals, "ne", QT_TRANSLATE_NOOP("trato::Filter", "is not")},
    {Condition::Contains, "contains", QT_TRANSLATE_NOOP("trato::Filter", "contains")},
    {Condition::StartsWith, "starts", QT_TRANSLATE_NOOP("trato::Filter", "starts with")},
    {Condition::Less, "lt", QT_TRANSLATE_NOOP("trato::Filter", "is less than")},
    {Condition::LessOrEqual, "le", QT_TRANSLATE_NOOP("trato::Filter", "is at most")},
    {Condition::Greater, "gt", QT_TRANSLATE_NOOP("trato::Filter", "is more than")},
    {Condition::GreaterOrEqual, "ge", QT_TRANSLATE_NOOP("trato::Filter", "is at least")},
    {Condition::IsEmpty, "empty", QT_TRANSLATE_NOOP("trato::Filter", "is empty")},
    {Condition::IsNotEmpty, "not_empty", QT_TRANSLATE_NOOP("trato::Filter", "is not empty")},
    {Condition::WithinLastDays, "last_days", QT_TRANSLATE_NOOP("trato::Filter", "in the last N days")},
    {Condition::MoreThanDaysAgo, "days_ago", QT_TRANSLATE_NOOP("trato::Filter", "more than N days ago")},
    {Condition::HasTag, "has", QT_TRANSLATE_NOOP("trato::Filter", "has tag")},
    {Condition::LacksTag, "lacks", QT_TRANSLATE_NOOP("trato::Filter", "does not have tag")},
    {Condition::In, "in", QT_TRANSLATE_NOOP("trato::Filter", "is one of")},
};

bool isTextual(FieldType t)
{
    switch (t) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
        return true;
    default:
        return false;
    }
}

bool isOrdered(FieldType t)
{
    switch (t) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Quantity:
    case FieldType::Percent:
    case FieldType::Date:
    case FieldType::DateTime:
        return true;
    default:
        return isTextual(t);
    }
}

bool isDate(FieldType t)
{
    return t == FieldType::Date || t == FieldType::DateTime;
}

bool isTagList(FieldType t)
{
    return t == FieldType::Tags || t == FieldType::MultiPicklist;
}

Error inCondition(const QString &text, const QString &why)
{
    return Error::badInput(tr("%1 (in the condition \"%2\")").arg(why, text));
}

} // namespace

QString opKey(Condition::Op op)
{
    for (const auto &o : kOps)
        if (o.op == op)
            return QString::fromLatin1(o.key);
    return {};
}

bool opFromKey(const QString &key, Condition::Op *out)
{
    for (const auto &o : kOps) {
        if (key == QLatin1String(o.key)) {
            *out = o.op;
            return true;
        }
    }
    return false;
}

QString opLabel(Condition::Op op)
{
    for (const auto &o : kOps)
        if (o.op == op)
            return tr(o.label);
    return {};
}

bool takesValue(Condition::Op op)
{
    return op != Condition::IsEmpty && op != Condition::IsNotEmpty;
}

bool takesDays(Condition::Op op)
{
    return op == Condition::WithinLastDays || op == Condition::MoreThanDaysAgo;
}

QList<Condition::Op> operatorsFor(const Field &f)
{
    QList<Condition::Op> ops;
    if (isTagList(f.type)) {
        ops << Condition::HasTag << Condition::LacksTag;
        if (f.type == FieldType::Tags)
            ops << Condition::Contains;
    } else {
        ops << Condition::Equals << Condition::NotEquals;
        if (isTextual(f.type))
            ops << Condition::Contains << Condition::StartsWith;
        if (isOrdered(f.type))
            ops << Condition::Less << Condition::LessOrEqual << Condition::Greater << Condition::GreaterOrEqual;
        if (isDate(f.type))
            ops << Condition::WithinLastDays << Condition::MoreThanDaysAgo;
    }
    if (f.type != FieldType::Bool)
        ops << Condition::IsEmpty << Condition::IsNotEmpty;
    return ops;
}

Status check(const Entity &e, const Condition &c)
{
    const Field *f = e.field(c.field);
    if (!f)
        return Error::badInput(tr("%1 has no field \"%2\"").arg(e.name, c.field));
    if (!operatorsFor(*f).contains(c.op))
        return Error::badInput(tr("%1 (%2): \"%3\" does not apply to a field of type %4")
                                   .arg(f->displayLabel(), f->name, opLabel(c.op), fieldTypeName(f->type)));
    if (takesDays(c.op) && (c.value.isNull() || c.value.toInt() < 0))
        return Error::badInput(tr("%1 (%2): the number of days is missing").arg(f->displayLabel(), f->name));
    if (takesValue(c.op) && c.op != Condition::Equals && c.op != Condition::NotEquals && c.value.isNull())
        return Error::badInput(tr("%1 (%2): \"%3\" needs a value").arg(f->displayLabel(), f->name, opLabel(c.op)));
    return {};
}

Result<Condition> make(const Entity &e, const QString &fieldName, Condition::Op op, const QString &valueText,
                       const QLocale &locale, const RecordStore *store)
{
    Condition c;
    c.field = fieldName;
    c.op = op;
    const Field *f = e.field(fieldName);
    if (!f)
        return Error::badInput(tr("%1 has no field \"%2\"").arg(e.name, fieldName));
    const QString text = valueText.trimmed();
    if (!operatorsFor(*f).contains(op) && !(op == Condition::Equals || op == Condition::NotEquals))
        return Error::badInput(tr("%1 (%2): \"%3\" does not apply to a field of type %4")
                                   .arg(f->displayLabel(), f->name, opLabel(op), fieldTypeName(f->type)));
    if (takesDays(op)) {
        bool ok = false;
        const int days = text.endsWith(QLatin1Char('d')) ? text.chopped(1).toInt(&ok) : text.toInt(&ok);
        if (!ok || days < 0)
            return Error::badInput(tr("%1 (%2): \"%3\" is not a number of days").arg(f->displayLabel(), f->name, text));
        c.value = qlonglong(days);
    } else if (!takesValue(op)) {
        c.value = QVariant();
    } else if (op == Condition::Contains || op == Condition::StartsWith || (isTextual(f->type) && op != Condition::Equals && op != Condition::NotEquals)) {
        // Part of a value: plain text, not checked as a whole email or phone number.
        if (text.isEmpty())
            return Error::badInput(tr("%1 (%2): \"%3\" needs a value").arg(f->displayLabel(), f->name, opLabel(op)));
        c.value = text;
    } else if (op == Condition::HasTag || op == Condition::LacksTag) {
        if (f->type == FieldType::MultiPicklist) {
            auto v = Value::parse(*f, text, locale);
            if (!v)
                return v.error();
            if (v.value().toString().contains(QLatin1Char(';')))
                return Error::badInput(tr("%1 (%2): give one value").arg(f->displayLabel(), f->name));
            c.value = v.value();
        } else {
            const QStringList tags = Value::normalizeTags(text);
            if (tags.size() != 1)
                return Error::badInput(tr("%1 (%2): give one tag").arg(f->displayLabel(), f->name));
            c.value = tags.first();
        }
    } else {
        auto v = Value::parse(*f, text, locale);
        if (!v)
            return v.error();
        c.value = v.value();
        if (f->type == FieldType::Relation && !c.value.isNull() && store) {
            auto id = store->resolveRelation(*f, c.value.toString());
            if (!id)
                return id.error();
            c.value = id.value();
        }
        // "city=" is "city is empty"; "city!=" is "city is not empty".
        if (c.value.isNull())
            c.op = op == Condition::NotEquals ? Condition::IsNotEmpty : Condition::IsEmpty;
        if (c.value.isNull() && op != Condition::Equals && op != Condition::NotEquals)
            return Error::badInput(tr("%1 (%2): \"%3\" needs a value").arg(f->displayLabel(), f->name, opLabel(op)));
    }
    const Status s = check(e, c);
    if (!s)
        return s.error();
    return c;
}

Result<Condition> parse(const Entity &e, const QString &text, const QLocale &locale, const RecordStore *store)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|!=|\\^=|=|<|>|~)(.*)$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return inCondition(text, tr("write FIELD, an operator (= != ~ ^= < <= > >=) and a value, e.g. city=Madrid"));
    const QString name = m.captured(1);
    const QString opText = m.captured(2);
    const QString value = m.captured(3).trimmed();
    const Field *f = e.field(name);
    if (!f)
        return inCondition(text, tr("%1 has no field \"%2\"").arg(e.name, name));
    Condition::Op op = Condition::Equals;
    static const QRegularExpression days(QStringLiteral("^\\d+d$"));
    const bool dayValue = isDate(f->type) && days.match(value).hasMatch();
    if (opText == QLatin1String("="))
        op = isTagList(f->type) && !value.isEmpty() ? Condition::HasTag : Condition::Equals;
    else if (opText == QLatin1String("!="))
        op = isTagList(f->type) && !value.isEmpty() ? Condition::LacksTag : Condition::NotEquals;
    else if (opText == QLatin1String("~"))
        op = Condition::Contains;
    else if (opText == QLatin1String("^="))
        op = Condition::StartsWith;
    else if (opText.startsWith(QLatin1Char('<')))
        op = dayValue ? Condition::WithinLastDays : opText.size() == 2 ? Condition::LessOrEqual : Condition::Less;
    else if (opText.startsWith(QLatin1Char('>')))
        op = dayValue ? Condition::MoreThanDaysAgo : opText.size() == 2 ? Condition::GreaterOrEqual : Condition::Greater;
    if (value.isEmpty() && (op == Condition::Equals || op == Condition::NotEquals))
        op = op == Condition::Equals ? Condition::IsEmpty : Condition::IsNotEmpty;
    auto c = make(e, f->name, op, value, locale, store);
    if (!c)
        return Error{c.error().kind, tr("%1 (in the condition \"%2\")").arg(c.error().message, text)};
    return c;
}

QString valueText(const Entity &e, const Condition &c)
{
    const Field *f = e.field(c.field);
    if (!f || !takesValue(c.op) || c.value.isNull())
        return {};
    if (takesDays(c.op))
        return QString::number(c.value.toInt());
    if (c.op == Condition::Contains || c.op == Condition::StartsWith || c.op == Condition::HasTag || c.op == Condition::LacksTag)
        return c.value.toString();
    return Value::plain(*f, c.value);
}

QString toText(const Entity &e, const Condition &c)
{
    const QString v = valueText(e, c);
    switch (c.op) {
    case Condition::Equals:
    case Condition::HasTag:
        return c.field + QLatin1Char('=') + v;
    case Condition::NotEquals:
    case Condition::LacksTag:
        return c.field + QStringLiteral("!=") + v;
    case Condition::Contains:
        return c.field + QLatin1Char('~') + v;
    case Condition::StartsWith:
        return c.field + QStringLiteral("^=") + v;
    case Condition::Less:
        return c.field + QLatin1Char('<') + v;
    case Condition::LessOrEqual:
        return c.field + QStringLiteral("<=") + v;
    case Condition::Greater:
        return c.field + QLatin1Char('>') + v;
    case Condition::GreaterOrEqual:
        return c.field + QStringLiteral(">=") + v;
    case Condition::IsEmpty:
        return c.field + QLatin1Char('=');
    case Condition::IsNotEmpty:
        return c.field + QStringLiteral("!=");
    case Condition::WithinLastDays:
        return c.field + QLatin1Char('<') + v + QLatin1Char('d');
    case Condition::MoreThanDaysAgo:
        return c.field + QLatin1Char('>') + v + QLatin1Char('d');
    case Condition::In:
        return c.field + QLatin1Char('=') + c.value.toStringList().join(QLatin1Char('|'));
    }
    return c.field;
}

QString describe(const Entity &e, const Condition &c, const QLocale &locale)
{
    const Field *f = e.field(c.field);
    const QString label = f ? f->displayLabel() : c.field;
    if (!takesValue(c.op))
        return tr("%1 %2").arg(label, opLabel(c.op));
    if (c.op == Condition::WithinLastDays)
        return tr("%1 in the last %2 days").arg(label, QString::number(c.value.toInt()));
    if (c.op == Condition::MoreThanDaysAgo)
        return tr("%1 more than %2 days ago").arg(label, QString::number(c.value.toInt()));
    if (c.op == Condition::In) {
        QStringList shown;
        for (const QString &v : c.value.toStringList())
            shown << (f ? Value::display(*f, v, locale) : v);
        return tr("%1 %2 \"%3\"").arg(label, opLabel(c.op), shown.join(QStringLiteral(", ")));
    }
    QString value = c.value.toString();
    if (f && c.op != Condition::Contains && c.op != Condition::StartsWith && c.op != Condition::HasTag
        && c.op != Condition::LacksTag && f->type != FieldType::Relation)
        value = Value::display(*f, c.value, locale);
    else if (f && f->type == FieldType::MultiPicklist)
        value = f->optionLabel(c.value.toString());
    return tr("%1 %2 \"%3\"").arg(label, opLabel(c.op), value);
}

QJsonArray toJson(const QList<Condition> &conditions)
{
    QJsonArray out;
    for (const Condition &c : conditions) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("op"), opKey(c.op));
        o.insert(QStringLiteral("value"), QJsonValue::fromVariant(c.value));
        out.append(o);
    }
    return out;
}

Result<QList<Condition>> fromJson(const Entity &e, const QJsonArray &json)
{
    QList<Condition> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        Condition c;
        c.field = o.value(QStringLiteral("field")).toString();
        if (!opFromKey(o.value(QStringLiteral("op")).toString(), &c.op))
            return Error::badInput(tr("unknown operator \"%1\"").arg(o.value(QStringLiteral("op")).toString()));
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (value.isDouble()) {
            const double d = value.toDouble();
            const Field *f = e.field(c.field);
            const bool integral = takesDays(c.op) || (f && (f->type == FieldType::Integer || f->type == FieldType::Money || f->type == FieldType::Quantity
                                                          || f->type == FieldType::Bool));
            c.value = integral ? QVariant(qlonglong(d)) : QVariant(d);
        } else if (!value.isNull() && !value.isUndefined()) {
            c.value = value.toVariant();
        }
        const Status s = check(e, c);
        if (!s)
            return s.error();
        out << c;
    }
    return out;
}

} // namespace trato::Filter
