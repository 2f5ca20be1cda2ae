// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfields.h"

#include "database.h"
#include "schemabuilder.h"
#include "sqlite.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace trato::CustomFields {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trato::CustomFields", text);
}

const QStringList kReserved = {QStringLiteral("rid"), QStringLiteral("id"), QStringLiteral("owner"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at"),
                               QStringLiteral("created_by"), QStringLiteral("deleted")};
} // namespace

QString nameFromLabel(const QString &label)
{
    QString s = label.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (QChar c : s) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(QStringLiteral("f_"));
    return out.left(40);
}

Result<QList<std::pair<QString, Field>>> load(const QSqlDatabase &conn)
{
    QList<std::pair<QString, Field>> out;
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT entity, name, type, label, required, options, target, show "
                               "FROM custom_field ORDER BY entity, position, created_at")))
        return out; // a database below schema 1 has no custom fields
    while (q.next()) {
        Field f;
        f.name = q.value(1).toString();
        if (!fieldTypeFromName(q.value(2).toString(), &f.type))
            continue;
        f.label = q.value(3).toString();
        f.translatable = false;
        f.custom = true;
        f.required = q.value(4).toBool();
        const QJsonArray options = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        for (const auto &o : options)
            f.options.append({o.toObject().value(QStringLiteral("value")).toString(),
                              o.toObject().value(QStringLiteral("label")).toString(), {}});
        f.relationTarget = q.value(6).toString();
        f.show = q.value(7).toUInt();
        out.append({q.value(0).toString(), f});
    }
    return out;
}

Status add(Database &db, const QString &entityName, Field field)
{
    const Entity *entity = db.registry()->entity(entityName);
    if (!entity)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    if (field.name.isEmpty())
        field.name = nameFromLabel(field.label);
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!valid.match(field.name).hasMatch())
        return Error::badInput(tr("\"%1\" is not a valid field name: use lower-case letters, digits and _, starting with a letter.").arg(field.name));
    if (kReserved.contains(field.name) || field.name.endsWith(QLatin1String("_id")) || entity->field(field.name))
        return Error::badInput(tr("%1 already has a field named \"%2\".").arg(entityName, field.name));
    if (field.label.trimmed().isEmpty())
        field.label = field.name;
    if ((field.type == FieldType::Picklist || field.type == FieldType::MultiPicklist) && field.options.isEmpty())
        return Error::badInput(tr("A picklist field needs at least one value."));
    if (field.type == FieldType::Relation && !db.registry()->entity(field.relationTarget))
        return Error::badInput(tr("A relation field needs a target entity; \"%1\" is not one.").arg(field.relationTarget));
    field.custom = true;
    field.translatable = false;
    field.system = false;
    if (field.show == 0)
        field.show = Field::InForm | Field::InImport;

    QJsonArray options;
    for (const auto &o : field.options)
        options.append(QJsonObject{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label}});

    Entity updated = *entity;
    int at = 0;
    while (at < updated.fields.size() && !updated.fields.at(at).system)
        ++at;
    updated.fields.insert(at, field);

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto r = Sql::exec(tx.connection(),
                       QStringLiteral("INSERT INTO custom_field (entity, name, type, label, required, options, target, show, position, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT count(*) FROM custom_field WHERE entity = ?), ?)"),
                       {entityName, field.name, fieldTypeName(field.type), field.label, field.required ? 1 : 0,
                        QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)),
                        field.relationTarget, field.show, entityName,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!r)
        return r.error();
    Status s = SchemaBuilder(db).syncEntity(tx.connection(), updated);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    db.registry()->addField(entityName, field);
    return {};
}

Status remove(Database &db, const QString &entityName, const QString &fieldName)
{
    const Entity *entity = db.registry()->entity(entityName);
    if (!entity)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    const Field *f = entity->field(fieldName);
    if (!f)
        return Error::badInput(tr("%1 has no field named \"%2\".").arg(entityName, fieldName));
    if (!f->custom)
        return Error::badInput(tr("\"%1\" is a built-in field and cannot be removed.").arg(fieldName));
    Entity updated = *entity;
    updated.fields.removeIf([&](const Field &x) { return x.name == fieldName; });

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // Triggers and the FTS index refer to the column: drop them first, then the column.
    Status s = SchemaBuilder(db).dropDerived(tx.connection(), *entity, f->has(Field::InSearch));
    if (!s)
        return s;
    s = Sql::execScript(tx.connection(), QStringLiteral("DROP INDEX IF EXISTS %1; ALTER TABLE %2 DROP COLUMN %3;")
                                             .arg(Sql::ident(entityName + QStringLiteral("__by_") + fieldName),
                                                  Sql::ident(entityName), Sql::ident(fieldName)));
    if (!s)
        return s;
    auto r = Sql::exec(tx.connection(), QStringLiteral("DELETE FROM custom_field WHERE entity = ? AND name = ?"),
                       {entityName, fieldName});
    if (!r)
        return r.error();
    s = SchemaBuilder(db).syncEntity(tx.connection(), updated);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    db.registry()->removeField(entityName, fieldName);
    return {};
}

} // namespace trato::CustomFields
