// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace trato {

class Database;

struct ProductOption
{
    QString id;
    QString groupId;
    QString name;
    QString code;          // appended to the SKU
    qint64 priceDelta = 0; // cents
    bool isDefault = false;
};

struct ProductOptionGroup
{
    QString id;
    QString name;
    bool required = true;
    int position = 0;
    QList<ProductOption> options;
};

struct OptionIncompatibility
{
    QString id;
    QString optionA;
    QString optionB;
    QString note;
};

// A configurable product's option groups (in position order), options and incompatible pairs.
struct ProductOptions
{
    QString product;
    QString productName;
    QString baseSku;
    qint64 basePrice = 0;  // cents
    QList<ProductOptionGroup> groups;
    QList<OptionIncompatibility> incompatibilities;

    // By id or name (case ignored); null when unknown.
    const ProductOptionGroup *group(const QString &idOrName) const;
    // By id, code or name within a group (case ignored).
    const ProductOption *option(const ProductOptionGroup &group, const QString &idCodeOrName) const;
    const ProductOption *optionById(const QString &id) const;
    const ProductOptionGroup *groupById(const QString &id) const;
};

// A valid choice of options: what a sales line stores (json) and shows (text).
struct ConfiguredProduct
{
    QString product;
    QList<ProductOption> chosen; // one per chosen group, in group order
    qint64 price = 0;            // base price + deltas, cents
    QString sku;                 // base SKU + "-" + option codes in group order (options without a code add nothing)
    QString text;                // "Color: Red; Interior: Leather; Gearbox: Automatic"
    QString json;                // canonical: {"options":[{"group":..,"option":..}],"product":..} compact, keys sorted
};

// Configurable products (seed 001). validate() is the one place the rules live; the Configure…
// dialog, trato-cli configure and the sales lines of Comercial all call it.
class Configuration
{
    Q_DECLARE_TR_FUNCTIONS(trato::Configuration)
public:
    static Result<ProductOptions> load(Database &db, const QString &product);

    // choices: group (id or name) -> option (id, code or name). Every required group needs a choice
    // (else its default), optional groups take their default when not chosen, at most one option
    // per group, options of this product only, no incompatible pair (the message names both).
    static Result<ConfiguredProduct> validate(const ProductOptions &options, const QMap<QString, QString> &choices);
    static Result<ConfiguredProduct> validate(Database &db, const QString &product, const QMap<QString, QString> &choices);
    // Reads a stored canonical JSON back and validates it again against today's options: an option
    // deleted since is a clear error.
    static Result<ConfiguredProduct> fromJson(Database &db, const QString &json);

    // Editing (each one transaction, through RecordStore). The product becomes configurable.
    static Result<QString> addGroup(Database &db, const QString &product, const QString &name, bool required);
    // A default option clears the group's other default.
    static Result<QString> addOption(Database &db, const QString &product, const QString &group, const QString &name,
                                     const QString &code, qint64 priceDelta, bool isDefault);
    // Options by id, code or name; "Group:Option" when a name is in several groups.
    static Result<QString> addIncompatibility(Database &db, const QString &product, const QString &optionA,
                                              const QString &optionB, const QString &note = QString());
    static Result<const ProductOption *> findOption(const ProductOptions &options, const QString &text);
};

} // namespace trato
