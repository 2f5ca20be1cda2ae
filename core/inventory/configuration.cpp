// SPDX-License-Identifier: GPL-3.0-or-later
#include "configuration.h"

#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace trato {

namespace {
bool same(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

const ProductOptionGroup *ProductOptions::group(const QString &idOrName) const
{
    for (const ProductOptionGroup &g : groups)
        if (g.id == idOrName.trimmed() || same(g.name, idOrName))
            return &g;
    return nullptr;
}

const ProductOptionGroup *ProductOptions::groupById(const QString &id) const
{
    for (const ProductOptionGroup &g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const ProductOption *ProductOptions::option(const ProductOptionGroup &g, const QString &text) const
{
    for (const ProductOption &o : g.options)
        if (o.id == text.trimmed())
            return &o;
    for (const ProductOption &o : g.options)
        if (same(o.name, text))
            return &o;
    for (const ProductOption &o : g.options)
        if (!o.code.isEmpty() && same(o.code, text))
            return &o;
    return nullptr;
}

const ProductOption *ProductOptions::optionById(const QString &id) const
{
    for (const ProductOptionGroup &g : groups)
        for (const ProductOption &o : g.options)
            if (o.id == id)
                return &o;
    return nullptr;
}

Result<ProductOptions> Configuration::load(Database &db, const QString &product)
{
    QSqlDatabase conn = db.connection();
    auto p = Sql::exec(conn, QStringLiteral("SELECT name, sku, unit_price FROM product WHERE id = ? AND deleted = 0"), {product});
    if (!p)
        return p.error();
    if (!p.value().next())
        return Error::notFound(tr("There is no product with the id %1.").arg(product));
    ProductOptions out;
    out.product = product;
    out.productName = p.value().value(0).toString();
    out.baseSku = p.value().value(1).toString();
    out.basePrice = p.value().value(2).toLongLong();
    auto g = Sql::exec(conn, QStringLiteral("SELECT id, name, required, position FROM product_option_group WHERE product = ? AND deleted = 0 "
                                            "ORDER BY coalesce(position, 0), rid"),
                       {product});
    if (!g)
        return g.error();
    while (g.value().next())
        out.groups.append({g.value().value(0).toString(), g.value().value(1).toString(), g.value().value(2).toInt() != 0,
                           g.value().value(3).toInt(), {}});
    auto o = Sql::exec(conn, QStringLiteral("SELECT o.id, o.option_group, o.name, o.code, o.price_delta, o.is_default FROM product_option o "
                                            "JOIN product_option_group g ON g.id = o.option_group "
                                            "WHERE g.product = ? AND g.deleted = 0 AND o.deleted = 0 ORDER BY coalesce(o.position, 0), o.rid"),
                       {product});
    if (!o)
        return o.error();
    while (o.value().next()) {
        ProductOption opt{o.value().value(0).toString(), o.value().value(1).toString(), o.value().value(2).toString(),
                          o.value().value(3).toString(), o.value().value(4).toLongLong(), o.value().value(5).toInt() != 0};
        for (ProductOptionGroup &grp : out.groups)
            if (grp.id == opt.groupId)
                grp.options.append(opt);
    }
    auto inc = Sql::exec(conn, QStringLiteral("SELECT id, option_a, option_b, note FROM option_incompatibility WHERE product = ? AND deleted = 0 "
                                              "ORDER BY rid"),
                         {product});
    if (!inc)
        return inc.error();
    while (inc.value().next())
        out.incompatibilities.append({inc.value().value(0).toString(), inc.value().value(1).toString(), inc.value().value(2).toString(),
                                      inc.value().value(3).toString()});
    return out;
}

Result<ConfiguredProduct> Configuration::validate(const ProductOptions &options, const QMap<QString, QString> &choices)
{
    QMap<QString, const ProductOption *> byGroup; // group id -> option
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it) {
        const ProductOptionGroup *g = options.group(it.key());
        if (!g)
            return Error::badInput(tr("%1 has no option group \"%2\".").arg(options.productName, it.key()));
        if (byGroup.contains(g->id))
            return Error::badInput(tr("%1: choose only one option.").arg(g->name));
        const ProductOption *o = options.option(*g, it.value());
        if (!o)
            return Error::badInput(tr("%1: \"%2\" is not one of the options of %3.").arg(g->name, it.value(), options.productName));
        byGroup.insert(g->id, o);
    }
    ConfiguredProduct out;
    out.product = options.product;
    out.price = options.basePrice;
    out.sku = options.baseSku;
    QStringList text;
    QJsonArray chosen;
    for (const ProductOptionGroup &g : options.groups) {
        const ProductOption *o = byGroup.value(g.id);
        if (!o)
            for (const ProductOption &candidate : g.options)
                if (candidate.isDefault)
                    o = &candidate;
        if (!o) {
            if (g.required)
                return Error::badInput(tr("Choose an option for %1.").arg(g.name));
            continue;
        }
        out.chosen.append(*o);
        out.price += o->priceDelta;
        if (!o->code.trimmed().isEmpty())
            out.sku += QLatin1Char('-') + o->code.trimmed();
        text << QStringLiteral("%1: %2").arg(g.name, o->name);
        chosen.append(QJsonObject{{QStringLiteral("group"), g.id}, {QStringLiteral("group_name"), g.name},
                                  {QStringLiteral("option"), o->id}, {QStringLiteral("option_name"), o->name}});
    }
    QSet<QString> ids;
    for (const ProductOption &o : out.chosen)
        ids.insert(o.id);
    for (const OptionIncompatibility &i : options.incompatibilities) {
        if (ids.contains(i.optionA) && ids.contains(i.optionB)) {
            const ProductOption *a = options.optionById(i.optionA);
            const ProductOption *b = options.optionById(i.optionB);
            QString why = tr("%1 cannot be combined with %2.").arg(a ? a->name : i.optionA, b ? b->name : i.optionB);
            if (!i.note.trimmed().isEmpty())
                why += QLatin1Char(' ') + i.note.trimmed();
            return Error::badInput(why);
        }
    }
    out.text = text.join(QStringLiteral("; "));
    out.json = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("product"), options.product}, {QStringLiteral("options"), chosen}}).toJson(QJsonDocument::Compact));
    return out;
}

Result<ConfiguredProduct> Configuration::validate(Database &db, const QString &product, const QMap<QString, QString> &choices)
{
    auto options = load(db, product);
    if (!options)
        return options.error();
    return validate(options.value(), choices);
}

Result<ConfiguredProduct> Configuration::fromJson(Database &db, const QString &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(tr("The stored configuration is not valid JSON."));
    const QJsonObject root = doc.object();
    auto options = load(db, root.value(QStringLiteral("product")).toString());
    if (!options)
        return options.error();
    QMap<QString, QString> choices;
    for (const QJsonValue &v : root.value(QStringLiteral("options")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString groupName = c.value(QStringLiteral("group_name")).toString();
        const QString optionName = c.value(QStringLiteral("option_name")).toString();
        const ProductOptionGroup *g = options.value().groupById(c.value(QStringLiteral("group")).toString());
        if (!g)
            return Error::badInput(tr("The option group %1 of this configuration no longer exists in %2.")
                                       .arg(groupName, options.value().productName));
        const ProductOption *o = options.value().optionById(c.value(QStringLiteral("option")).toString());
        if (!o || o->groupId != g->id)
            return Error::badInput(tr("The option %1 (%2) of this configuration no longer exists in %3.")
                                       .arg(optionName, groupName, options.value().productName));
        choices.insert(g->id, o->id);
    }
    return validate(options.value(), choices);
}

Result<QString> Configuration::addGroup(Database &db, const QString &product, const QString &name, bool required)
{
    auto options = load(db, product);
    if (!options)
        return options.error();
    if (name.trimmed().isEmpty())
        return Error::badInput(tr("Give the option group a name."));
    if (options.value().group(name))
        return Error::badInput(tr("%1 already has an option group named \"%2\".").arg(options.value().productName, name.trimmed()));
    int position = 0;
    for (const ProductOptionGroup &g : options.value().groups)
        position = qMax(position, g.position);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    auto id = store.create(QStringLiteral("product_option_group"), {{QStringLiteral("product"), product},
                                                                   {QStringLiteral("name"), name.trimmed()},
                                                                   {QStringLiteral("required"), required ? 1 : 0},
                                                                   {QStringLiteral("position"), position + 1}});
    if (!id)
        return id.error();
    if (Status s = store.update(QStringLiteral("product"), product, {{QStringLiteral("configurable"), 1}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<QString> Configuration::addOption(Database &db, const QString &product, const QString &group, const QString &name,
                                         const QString &code, qint64 priceDelta, bool isDefault)
{
    auto options = load(db, product);
    if (!options)
        return options.error();
    const ProductOptionGroup *g = options.value().group(group);
    if (!g)
        return Error::badInput(tr("%1 has no option group \"%2\".").arg(options.value().productName, group));
    if (name.trimmed().isEmpty())
        return Error::badInput(tr("Give the option a name."));
    for (const ProductOption &o : g->options) {
        if (same(o.name, name))
            return Error::badInput(tr("%1 already has an option named \"%2\".").arg(g->name, name.trimmed()));
        if (!code.trimmed().isEmpty() && same(o.code, code))
            return Error::badInput(tr("%1: the code %2 is already used by %3.").arg(g->name, code.trimmed(), o.name));
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    if (isDefault)
        for (const ProductOption &o : g->options)
            if (o.isDefault)
                if (Status s = store.update(QStringLiteral("product_option"), o.id, {{QStringLiteral("is_default"), 0}}); !s)
                    return s.error();
    QVariantMap values = {{QStringLiteral("option_group"), g->id},
                          {QStringLiteral("name"), name.trimmed()},
                          {QStringLiteral("price_delta"), qlonglong(priceDelta)},
                          {QStringLiteral("is_default"), isDefault ? 1 : 0},
                          {QStringLiteral("position"), int(g->options.size()) + 1}};
    if (!code.trimmed().isEmpty())
        values.insert(QStringLiteral("code"), code.trimmed().toUpper());
    auto id = store.create(QStringLiteral("product_option"), values);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<const ProductOption *> Configuration::findOption(const ProductOptions &options, const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const ProductOptionGroup *g = options.group(text.left(colon)))
            if (const ProductOption *o = options.option(*g, text.mid(colon + 1)))
                return o;
    }
    QList<const ProductOption *> found;
    for (const ProductOptionGroup &g : options.groups)
        if (const ProductOption *o = options.option(g, text))
            found << o;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error::badInput(tr("%1 has no option \"%2\".").arg(options.productName, text));
    return Error::badInput(tr("Several option groups of %1 have an option \"%2\": write GROUP:OPTION.").arg(options.productName, text));
}

Result<QString> Configuration::addIncompatibility(Database &db, const QString &product, const QString &optionA, const QString &optionB,
                                                  const QString &note)
{
    auto options = load(db, product);
    if (!options)
        return options.error();
    auto a = findOption(options.value(), optionA);
    if (!a)
        return a.error();
    auto b = findOption(options.value(), optionB);
    if (!b)
        return b.error();
    if (a.value()->id == b.value()->id)
        return Error::badInput(tr("An option cannot be incompatible with itself."));
    if (a.value()->groupId == b.value()->groupId)
        return Error::badInput(tr("%1 and %2 are in the same group: only one of them can be chosen anyway.")
                                   .arg(a.value()->name, b.value()->name));
    for (const OptionIncompatibility &i : options.value().incompatibilities)
        if ((i.optionA == a.value()->id && i.optionB == b.value()->id) || (i.optionA == b.value()->id && i.optionB == a.value()->id))
            return Error::badInput(tr("%1 and %2 are already incompatible.").arg(a.value()->name, b.value()->name));
    QVariantMap values = {{QStringLiteral("product"), product}, {QStringLiteral("option_a"), a.value()->id},
                          {QStringLiteral("option_b"), b.value()->id}};
    if (!note.trimmed().isEmpty())
        values.insert(QStringLiteral("note"), note.trimmed());
    return RecordStore(db).create(QStringLiteral("option_incompatibility"), values);
}

} // namespace trato
