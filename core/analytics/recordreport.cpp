// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreport.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../sales/companyprofile.h"
#include "../store/database.h"
#include "../store/recordstore.h"

#include <QCoreApplication>

namespace trato {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trato::RecordReport", text);
}

QString valueText(const Field &f, const Record &r, const QLocale &locale)
{
    if (f.type == FieldType::Relation)
        return r.value(f.name + QStringLiteral("__title")).toString();
    return Value::display(f, r.value(f.name), locale);
}
} // namespace

QString PrintableRecord::toText() const
{
    QStringList lines;
    lines << entityLabel + QStringLiteral(": ") + title;
    for (const Section &s : sections) {
        if (!s.heading.isEmpty())
            lines << s.heading;
        for (const Item &i : s.items)
            lines << i.label + QStringLiteral(": ") + i.value;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace RecordReport {

Result<PrintableRecord> load(Database &db, const QString &entityName, const QString &id, const QDate &today,
                             const QLocale &locale, int relatedRows)
{
    const Entity *entity = db.registry()->entity(entityName);
    if (!entity)
        return Error::badInput(tr("There is no entity \"%1\".").arg(entityName));
    RecordStore store(db);
    auto record = store.get(entityName, id);
    if (!record)
        return Error{record.error().kind, tr("No %1 with id %2: %3").arg(entity->displayLabel().toLower(), id, record.error().message)};
    const Record &r = record.value();

    PrintableRecord out;
    out.company = CompanySettings::load(db).name;
    out.entityLabel = entity->displayLabel();
    QStringList title;
    for (const QString &f : entity->titleFields)
        if (const Field *field = entity->field(f))
            title << valueText(*field, r, locale);
    out.title = title.join(QLatin1Char(' ')).trimmed();
    if (out.title.isEmpty())
        out.title = id;
    out.date = today;

    for (const Field *f : entity->fieldsWith(Field::InForm)) {
        if (f->system)
            continue;
        const QString value = valueText(*f, r, locale).trimmed();
        if (value.isEmpty())
            continue;
        const QString heading = f->displaySection();
        if (out.sections.isEmpty() || out.sections.last().heading != heading)
            out.sections.append({heading, {}});
        out.sections.last().items.append({f->displayLabel(), value});
    }
    PrintableRecord::Section about{tr("Record"), {}};
    for (const char *name : {"owner", "created_at", "updated_at"})
        if (const Field *f = entity->field(QLatin1String(name)))
            if (const QString v = valueText(*f, r, locale); !v.isEmpty())
                about.items.append({f->displayLabel(), v});
    if (!about.items.isEmpty())
        out.sections.append(about);

    if (relatedRows <= 0)
        return out;
    for (const RecordStore::Related &rel : store.relatedLists(entityName)) {
        const Entity *e = db.registry()->entity(rel.entity);
        const Field *via = e ? e->field(rel.field) : nullptr;
        if (!e || !via)
            continue;
        ListQuery q;
        q.entity = rel.entity;
        q.where = {{rel.field, r.value(QStringLiteral("id"))}};
        q.descending = e->defaultSortDescending;
        auto count = store.count(q);
        if (!count)
            return count.error();
        if (count.value() == 0)
            continue;
        QList<const Field *> columns;
        for (const Field *c : e->fieldsWith(Field::InList))
            if (c->name != rel.field && !e->titleFields.contains(c->name))
                columns << c;
        q.limit = relatedRows;
        auto rows = store.list(q);
        if (!rows)
            return rows.error();
        PrintableRecord::Section section{tr("%1 (%2) · %3").arg(e->displayPluralLabel(), via->displayLabel(),
                                                                  Value::formatInteger(count.value(), locale)),
                                         {}};
        for (const Record &row : rows.value()) {
            QStringList name, rest;
            for (const QString &f : e->titleFields)
                if (const Field *field = e->field(f))
                    name << valueText(*field, row, locale);
            for (const Field *c : columns)
                if (const QString v = valueText(*c, row, locale).trimmed(); !v.isEmpty())
                    rest << v;
            section.items.append({name.join(QLatin1Char(' ')).trimmed(), rest.join(QStringLiteral(" · "))});
        }
        if (count.value() > rows.value().size())
            section.items.append({QString(), QCoreApplication::translate("trato::RecordReport", "… and %n more", nullptr, int(count.value() - rows.value().size()))});
        out.sections.append(section);
    }
    return out;
}

} // namespace RecordReport
} // namespace trato
