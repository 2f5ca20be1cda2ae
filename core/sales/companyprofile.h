// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace trato {

class Database;

// Who issues the printed documents: the company's name, tax id, address, contact details, logo,
// bank account and default payment terms. Kept in TeamSettings (keys "company.<field>"), so the
// whole team prints the same letterhead and it travels with the database, logo included (its bytes
// base64 in "company.logo").
struct CompanyProfile
{
    QString name;
    QString taxId;        // normalized (TaxId::check)
    QString address;      // several lines
    QString phone;
    QString email;
    QString website;
    QString iban;         // normalized: upper case, no spaces
    QString paymentTerms; // used when neither the document nor the account says
    QByteArray logo;      // PNG, JPEG or SVG bytes; empty: no logo
    QString logoFormat;   // "png", "jpeg", "svg" or empty
};

// How documents are printed (TeamSettings keys "layout.<key>"): users adjust it without code.
struct DocumentLayout
{
    bool showLogo = true;
    QString accentColor = QStringLiteral("#1f4e79"); // #RRGGBB
    QString footer;                                  // printed at the foot of every page
    bool showSku = true;
    bool showQuantity = true;
    bool showUnitPrice = true;
    bool showDiscount = true;
    bool showTaxRate = true;
    bool showNet = true;
    QString paper = QStringLiteral("A4");            // A4 | Letter
};

class CompanySettings
{
    Q_DECLARE_TR_FUNCTIONS(trato::CompanySettings)
public:
    static constexpr qsizetype kMaxLogoBytes = 512 * 1024;

    // The text fields `company set` accepts, in display order:
    // name, tax_id, address, phone, email, website, iban, payment_terms.
    static QStringList fields();
    static CompanyProfile load(Database &db);
    // Checks and stores one field (empty text clears it). Tax ids are checked like an account's,
    // IBANs by their check digits, emails by shape. A refusal stores nothing.
    static Status set(Database &db, const QString &field, const QString &value);
    // The profile as a whole (the Settings page), every field checked first: all or nothing.
    static Status save(Database &db, const CompanyProfile &profile);
    // A logo: PNG, JPEG or SVG recognised by its content, at most kMaxLogoBytes. Empty clears it.
    static Status setLogo(Database &db, const QByteArray &bytes);
    static Status setLogoFile(Database &db, const QString &path);
    // "png", "jpeg", "svg" or empty when the bytes are none of them.
    static QString imageFormat(const QByteArray &bytes);
    static Result<QByteArray> checkLogo(const QByteArray &bytes);

    // IBAN: letters and digits without spaces, upper case; why it is not valid or empty.
    static QString normalizeIban(const QString &text);
    static QString checkIban(const QString &text);
    // "ES91 2100 0418 4502 0005 1332": groups of four for printing.
    static QString formatIban(const QString &iban);

    // Layout keys `layout set` accepts: show_logo, accent_color, footer, show_sku, show_quantity,
    // show_unit_price, show_discount, show_tax_rate, show_net, paper.
    static QStringList layoutKeys();
    static DocumentLayout loadLayout(Database &db);
    static Status setLayout(Database &db, const QString &key, const QString &value);
    static Status saveLayout(Database &db, const DocumentLayout &layout);
    // The value of a key as `layout show` prints it ("yes"/"no" for switches).
    static QString layoutValue(const DocumentLayout &layout, const QString &key);
    static QString profileValue(const CompanyProfile &profile, const QString &field);

private:
    static Status check(const QString &field, const QString &value, QString *normalized);
    static Status checkLayout(const QString &key, const QString &value, QString *normalized);
};

} // namespace trato
