// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyprofile.h"

#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"
#include "../util/taxid.h"

#include <QFile>
#include <QRegularExpression>

namespace trato {

namespace {

QString companyKey(const QString &field) { return QStringLiteral("company.") + field; }
QString layoutKey(const QString &key) { return QStringLiteral("layout.") + key; }

// Switch values as people type them; empty optional when the text is none of them.
bool parseSwitch(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("on")
        || t == QLatin1String("si") || t == QStringLiteral("sí"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}

bool isSwitchKey(const QString &key) { return key.startsWith(QLatin1String("show_")); }

bool &switchOf(DocumentLayout &l, const QString &key)
{
    if (key == QLatin1String("show_logo"))
        return l.showLogo;
    if (key == QLatin1String("show_sku"))
        return l.showSku;
    if (key == QLatin1String("show_quantity"))
        return l.showQuantity;
    if (key == QLatin1String("show_unit_price"))
        return l.showUnitPrice;
    if (key == QLatin1String("show_discount"))
        return l.showDiscount;
    if (key == QLatin1String("show_tax_rate"))
        return l.showTaxRate;
    return l.showNet;
}

} // namespace

QStringList CompanySettings::fields()
{
    return {QStringLiteral("name"), QStringLiteral("tax_id"), QStringLiteral("address"), QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("website"), QStringLiteral("iban"), QStringLiteral("payment_terms")};
}

QString CompanySettings::profileValue(const CompanyProfile &p, const QString &field)
{
    if (field == QLatin1String("name"))
        return p.name;
    if (field == QLatin1String("tax_id"))
        return p.taxId;
    if (field == QLatin1String("address"))
        return p.address;
    if (field == QLatin1String("phone"))
        return p.phone;
    if (field == QLatin1String("email"))
        return p.email;
    if (field == QLatin1String("website"))
        return p.website;
    if (field == QLatin1String("iban"))
        return p.iban;
    if (field == QLatin1String("payment_terms"))
        return p.paymentTerms;
    return {};
}

CompanyProfile CompanySettings::load(Database &db)
{
    TeamSettings s(db);
    CompanyProfile p;
    p.name = s.value(companyKey(QStringLiteral("name")));
    p.taxId = s.value(companyKey(QStringLiteral("tax_id")));
    p.address = s.value(companyKey(QStringLiteral("address")));
    p.phone = s.value(companyKey(QStringLiteral("phone")));
    p.email = s.value(companyKey(QStringLiteral("email")));
    p.website = s.value(companyKey(QStringLiteral("website")));
    p.iban = s.value(companyKey(QStringLiteral("iban")));
    p.paymentTerms = s.value(companyKey(QStringLiteral("payment_terms")));
    const QString logo = s.value(companyKey(QStringLiteral("logo")));
    if (!logo.isEmpty()) {
        p.logo = QByteArray::fromBase64(logo.toLatin1());
        p.logoFormat = imageFormat(p.logo);
        if (p.logoFormat.isEmpty())
            p.logo.clear();
    }
    return p;
}

Status CompanySettings::check(const QString &field, const QString &rawValue, QString *normalized)
{
    const QString value = field == QLatin1String("address") ? rawValue.trimmed() : rawValue.simplified();
    *normalized = value;
    if (!fields().contains(field))
        return Error::badInput(tr("\"%1\" is not a company field (use one of: %2)").arg(field, fields().join(QStringLiteral(", "))));
    if (value.isEmpty())
        return Status::success();
    if (field == QLatin1String("tax_id")) {
        const TaxId::Check c = TaxId::check(value);
        if (c.kind == TaxId::Kind::Invalid)
            return Error::badInput(tr("Company tax id \"%1\" is not valid: %2")
                                       .arg(value, QCoreApplication::translate("trato::TaxId", c.why.toUtf8().constData())));
        *normalized = c.normalized;
    } else if (field == QLatin1String("iban")) {
        const QString why = checkIban(value);
        if (!why.isEmpty())
            return Error::badInput(tr("Company IBAN \"%1\" is not valid: %2").arg(value, why));
        *normalized = normalizeIban(value);
    } else if (field == QLatin1String("email")) {
        if (!Value::isValidEmail(value))
            return Error::badInput(tr("Company email \"%1\" is not a valid email address").arg(value));
    }
    return Status::success();
}

Status CompanySettings::set(Database &db, const QString &field, const QString &value)
{
    QString normalized;
    if (Status s = check(field, value, &normalized); !s)
        return s;
    if (normalized.isEmpty())
        return TeamSettings(db).remove(companyKey(field));
    return TeamSettings(db).setValue(companyKey(field), normalized);
}

Status CompanySettings::save(Database &db, const CompanyProfile &p)
{
    QList<QPair<QString, QString>> values;
    for (const QString &f : fields()) {
        QString normalized;
        if (Status s = check(f, profileValue(p, f), &normalized); !s)
            return s;
        values.append({f, normalized});
    }
    if (!p.logo.isEmpty()) {
        if (auto l = checkLogo(p.logo); !l)
            return l.error();
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    TeamSettings settings(db);
    for (const auto &[f, v] : values) {
        Status s = v.isEmpty() ? settings.remove(companyKey(f)) : settings.setValue(companyKey(f), v);
        if (!s)
            return s;
    }
    if (Status s = p.logo.isEmpty() ? settings.remove(companyKey(QStringLiteral("logo")))
                                    : settings.setValue(companyKey(QStringLiteral("logo")), QString::fromLatin1(p.logo.toBase64()));
        !s)
        return s;
    return tx.commit();
}

QString CompanySettings::imageFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    // SVG: XML whose root element is <svg (an XML declaration or comments may come first).
    const QByteArray head = bytes.left(4096).trimmed();
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE"))
        && head.contains("<svg"))
        return QStringLiteral("svg");
    return {};
}

Result<QByteArray> CompanySettings::checkLogo(const QByteArray &bytes)
{
    if (bytes.size() > kMaxLogoBytes)
        return Error::badInput(tr("The logo is %1 KB; at most %2 KB are allowed (it is stored in the database)")
                                   .arg((bytes.size() + 1023) / 1024)
                                   .arg(kMaxLogoBytes / 1024));
    if (imageFormat(bytes).isEmpty())
        return Error::badInput(tr("The logo must be a PNG, JPEG or SVG image"));
    return bytes;
}

Status CompanySettings::setLogo(Database &db, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return TeamSettings(db).remove(companyKey(QStringLiteral("logo")));
    if (auto l = checkLogo(bytes); !l)
        return l.error();
    return TeamSettings(db).setValue(companyKey(QStringLiteral("logo")), QString::fromLatin1(bytes.toBase64()));
}

Status CompanySettings::setLogoFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the logo file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxLogoBytes)
        return Error::badInput(tr("The logo %1 is %2 KB; at most %3 KB are allowed (it is stored in the database)")
                                   .arg(path)
                                   .arg((file.size() + 1023) / 1024)
                                   .arg(kMaxLogoBytes / 1024));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return Error::badInput(tr("The logo file %1 is empty").arg(path));
    return setLogo(db, bytes);
}

QString CompanySettings::normalizeIban(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c.toUpper());
    return out;
}

QString CompanySettings::checkIban(const QString &text)
{
    const QString iban = normalizeIban(text);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return tr("an IBAN is a two-letter country code, two check digits and 11 to 30 letters or digits");
    if (iban.startsWith(QLatin1String("ES")) && iban.size() != 24)
        return tr("a Spanish IBAN has 24 characters, this one has %1").arg(iban.size());
    // ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1.
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    }
    if (remainder != 1)
        return tr("its check digits do not match (mistyped?)");
    return {};
}

QString CompanySettings::formatIban(const QString &iban)
{
    QString out;
    for (int i = 0; i < iban.size(); i += 4) {
        if (i)
            out.append(QLatin1Char(' '));
        out.append(iban.mid(i, 4));
    }
    return out;
}

QStringList CompanySettings::layoutKeys()
{
    return {QStringLiteral("show_logo"), QStringLiteral("accent_color"), QStringLiteral("footer"), QStringLiteral("show_sku"),
            QStringLiteral("show_quantity"), QStringLiteral("show_unit_price"), QStringLiteral("show_discount"),
            QStringLiteral("show_tax_rate"), QStringLiteral("show_net"), QStringLiteral("paper")};
}

DocumentLayout CompanySettings::loadLayout(Database &db)
{
    TeamSettings s(db);
    DocumentLayout l;
    for (const QString &key : layoutKeys()) {
        const QString stored = s.value(layoutKey(key));
        if (stored.isEmpty())
            continue;
        QString normalized;
        if (!checkLayout(key, stored, &normalized))
            continue;   // written outside Trato and not valid: the default stays
        if (isSwitchKey(key))
            switchOf(l, key) = normalized == QLatin1String("yes");
        else if (key == QLatin1String("accent_color"))
            l.accentColor = normalized;
        else if (key == QLatin1String("footer"))
            l.footer = normalized;
        else if (key == QLatin1String("paper"))
            l.paper = normalized;
    }
    return l;
}

QString CompanySettings::layoutValue(const DocumentLayout &l, const QString &key)
{
    if (isSwitchKey(key)) {
        DocumentLayout copy = l;
        return switchOf(copy, key) ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (key == QLatin1String("accent_color"))
        return l.accentColor;
    if (key == QLatin1String("footer"))
        return l.footer;
    if (key == QLatin1String("paper"))
        return l.paper;
    return {};
}

Status CompanySettings::checkLayout(const QString &key, const QString &value, QString *normalized)
{
    *normalized = value.trimmed();
    if (!layoutKeys().contains(key))
        return Error::badInput(tr("\"%1\" is not a layout setting (use one of: %2)").arg(key, layoutKeys().join(QStringLiteral(", "))));
    if (isSwitchKey(key)) {
        bool ok = false;
        const bool on = parseSwitch(value, &ok);
        if (!ok)
            return Error::badInput(tr("%1: \"%2\" is not yes or no").arg(key, value));
        *normalized = on ? QStringLiteral("yes") : QStringLiteral("no");
    } else if (key == QLatin1String("accent_color")) {
        static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!color.match(value.trimmed()).hasMatch())
            return Error::badInput(tr("accent_color: \"%1\" is not a color like #1f4e79").arg(value));
        *normalized = value.trimmed().toLower();
    } else if (key == QLatin1String("paper")) {
        const QString t = value.trimmed().toLower();
        if (t == QLatin1String("a4"))
            *normalized = QStringLiteral("A4");
        else if (t == QLatin1String("letter"))
            *normalized = QStringLiteral("Letter");
        else
            return Error::badInput(tr("paper: \"%1\" is not A4 or Letter").arg(value));
    } else if (key == QLatin1String("footer") && normalized->size() > 500) {
        return Error::badInput(tr("footer: at most 500 characters"));
    }
    return Status::success();
}

Status CompanySettings::setLayout(Database &db, const QString &key, const QString &value)
{
    QString normalized;
    if (Status s = checkLayout(key, value, &normalized); !s)
        return s;
    if (key == QLatin1String("footer") && normalized.isEmpty())
        return TeamSettings(db).remove(layoutKey(key));
    return TeamSettings(db).setValue(layoutKey(key), normalized);
}

Status CompanySettings::saveLayout(Database &db, const DocumentLayout &l)
{
    QList<QPair<QString, QString>> values;
    for (const QString &key : layoutKeys()) {
        QString normalized;
        if (Status s = checkLayout(key, layoutValue(l, key), &normalized); !s)
            return s;
        values.append({key, normalized});
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    TeamSettings settings(db);
    for (const auto &[key, v] : values) {
        Status s = v.isEmpty() ? settings.remove(layoutKey(key)) : settings.setValue(layoutKey(key), v);
        if (!s)
            return s;
    }
    return tx.commit();
}

} // namespace trato
