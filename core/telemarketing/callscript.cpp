// SPDX-License-Identifier: GPL-3.0-or-later
#include "callscript.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"

#include <QRegularExpression>

namespace trato {

namespace {

// Merge fields with a meaning of their own, beyond the record's field names.
QString special(const QString &name, const Entity &entity, const Record &record, const QString &operatorName, bool *known)
{
    *known = true;
    auto text = [&](const char *field) { return record.value(QString::fromLatin1(field)).toString(); };
    if (name == QLatin1String("operator"))
        return operatorName;
    if (name == QLatin1String("name")) {
        QStringList parts;
        for (const QString &f : entity.titleFields)
            if (!record.value(f).toString().isEmpty())
                parts << record.value(f).toString();
        return parts.join(QLatin1Char(' '));
    }
    // A lead's company is text; a contact's is its account.
    if (name == QLatin1String("company") && !entity.field(QStringLiteral("company")))
        return text("account__title");
    if (name == QLatin1String("account") && !entity.field(QStringLiteral("account")))
        return text("company");
    *known = false;
    return {};
}

} // namespace

RenderedScript CallScript::render(const QString &body, const Entity &entity, const Record &record, const QString &operatorName)
{
    static const QRegularExpression token(QStringLiteral("\\{\\{|\\}\\}|\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}"));
    RenderedScript out;
    qsizetype from = 0;
    auto it = token.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.text += body.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString whole = m.captured(0);
        if (whole == QLatin1String("{{") || whole == QLatin1String("}}")) {
            out.text += whole.at(0);
            continue;
        }
        const QString name = m.captured(1);
        bool known = false;
        QString value = special(name, entity, record, operatorName, &known);
        if (!known) {
            if (const Field *f = entity.field(name)) {
                known = true;
                value = f->type == FieldType::Relation ? record.value(name + QStringLiteral("__title")).toString()
                                                       : Value::display(*f, record.value(name));
            }
        }
        if (!known) {
            out.text += whole;
            if (!out.unknownFields.contains(name))
                out.unknownFields << name;
            continue;
        }
        out.text += value;
    }
    out.text += body.mid(from);
    return out;
}

Result<QList<ScriptQuestion>> CallScript::parseQuestions(const Entity &entity, const QString &text)
{
    QList<ScriptQuestion> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int n = i + 1;
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return Error::badInput(tr("Question line %1 (\"%2\"): write it as \"field | question\".").arg(n).arg(line));
        ScriptQuestion q;
        q.line = n;
        q.field = line.left(bar).trimmed();
        q.question = line.mid(bar + 1).trimmed();
        const Field *f = entity.field(q.field);
        if (!f)
            return Error::badInput(tr("Question line %1: %2 has no field \"%3\".").arg(n).arg(entity.name, q.field));
        if (f->readOnly || f->system)
            return Error::badInput(tr("Question line %1: %2 is set by Trato; a question cannot change it.").arg(n).arg(q.field));
        if (q.question.isEmpty())
            return Error::badInput(tr("Question line %1: the question for \"%2\" is missing.").arg(n).arg(q.field));
        for (const ScriptQuestion &other : out)
            if (other.field == q.field)
                return Error::badInput(tr("Question line %1: \"%2\" is already asked on line %3.").arg(n).arg(q.field).arg(other.line));
        out << q;
    }
    return out;
}

Result<QString> CallScript::resolve(Database &db, const QString &idOrName)
{
    const Entity *list = db.registry()->entity(QStringLiteral("call_list"));
    const Field *f = list ? list->field(QStringLiteral("script")) : nullptr;
    if (!f)
        return Error::failure(tr("This database has no call scripts."));
    auto id = RecordStore(db).resolveRelation(*f, idOrName);
    if (!id)
        return Error{id.error().kind, tr("There is no call script \"%1\".").arg(idOrName)};
    return id.value();
}

Result<RenderedScript> CallScript::renderFor(Database &db, const QString &scriptId, const QString &entityName,
                                             const QString &recordId, const QString &operatorName)
{
    const Entity *entity = db.registry()->entity(entityName);
    if (!entity)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    RecordStore store(db);
    auto script = store.get(QStringLiteral("call_script"), scriptId);
    if (!script)
        return script.error();
    auto record = store.get(entityName, recordId);
    if (!record)
        return record.error();
    return render(script.value().value(QStringLiteral("body")).toString(), *entity, record.value(), operatorName);
}

} // namespace trato
