// SPDX-License-Identifier: GPL-3.0-or-later
#include "headermapping.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace trato::HeaderMapping {

namespace {

// Header words people use, by the field they mean. The first field of a group that the entity has
// wins: "Company" is a contact's account, a lead's company and an account's name.
struct Synonyms
{
    QStringList fields;
    const char *const *words;
};

const char *const kFirst[] = {"first name", "given name", "firstname", "forename", "nombre", "nombre de pila", nullptr};
const char *const kLast[] = {"last name", "family name", "surname", "lastname", "apellidos", "apellido", nullptr};
const char *const kEmail[] = {"e-mail address", "email address", "e-mail", "email", "mail", "e-mail 1 - value",
                              "email 1", "correo electrónico", "correo", "correo-e", "email personal", nullptr};
const char *const kEmail2[] = {"e-mail 2 address", "e-mail 2 - value", "email 2", "other email", "otro correo",
                               "correo 2", "correo electrónico 2", nullptr};
const char *const kPhone[] = {"business phone", "work phone", "phone", "telephone", "phone 1 - value", "teléfono",
                              "teléfono trabajo", "teléfono del trabajo", "teléfono fijo", "tel", "tel.", "company main phone",
                              "primary phone", nullptr};
const char *const kMobile[] = {"mobile phone", "mobile", "cell", "cell phone", "phone 2 - value", "móvil",
                               "teléfono móvil", "celular", nullptr};
const char *const kHome[] = {"home phone", "phone 3 - value", "teléfono particular", "teléfono casa", "teléfono de casa", nullptr};
const char *const kCompany[] = {"company", "company name", "organization", "organization 1 - name", "organisation",
                                "empresa", "compañía", "organización", "razón social", "nombre de la empresa",
                                "account", "account name", "cuenta", nullptr};
const char *const kTitle[] = {"job title", "organization 1 - title", "cargo", "puesto", "position", "título del puesto", nullptr};
const char *const kDepartment[] = {"department", "organization 1 - department", "departamento", nullptr};
const char *const kStreet[] = {"business street", "street", "address", "address 1 - street", "dirección", "calle",
                               "domicilio", "home street", nullptr};
const char *const kCity[] = {"business city", "city", "town", "address 1 - city", "ciudad", "localidad", "población",
                             "municipio", "home city", nullptr};
const char *const kProvince[] = {"business state", "state", "province", "region", "address 1 - region", "provincia",
                                 "home state", nullptr};
const char *const kPostal[] = {"business postal code", "postal code", "zip", "zip code", "postcode",
                               "address 1 - postal code", "código postal", "cp", "c.p.", "home postal code", nullptr};
const char *const kCountry[] = {"business country/region", "business country", "country", "country/region",
                                "address 1 - country", "país", "home country/region", nullptr};
const char *const kTaxId[] = {"tax id", "vat", "vat id", "vat number", "nif", "cif", "nie", "dni", "nif/cif", "cif/nif", nullptr};
const char *const kWebsite[] = {"web page", "website", "web", "url", "website 1 - value", "sitio web", "página web", nullptr};
const char *const kBirthday[] = {"birthday", "date of birth", "fecha de nacimiento", "cumpleaños", nullptr};
const char *const kNotes[] = {"notes", "note", "notas", "observaciones", "comentarios", "description", "descripción", nullptr};
const char *const kSalutation[] = {"salutation", "tratamiento", "saludo", nullptr};
const char *const kIndustry[] = {"industry", "sector", nullptr};
const char *const kEmployees[] = {"employees", "number of employees", "empleados", "nº empleados", "número de empleados", nullptr};
const char *const kRevenue[] = {"annual revenue", "revenue", "facturación", "facturación anual", "ingresos anuales", nullptr};
const char *const kSource[] = {"lead source", "source", "origen", "fuente", nullptr};
const char *const kStatus[] = {"status", "estado", nullptr};

const QList<Synonyms> &synonyms()
{
    static const QList<Synonyms> all = {
        {{QStringLiteral("first_name")}, kFirst},
        {{QStringLiteral("last_name")}, kLast},
        {{QStringLiteral("email")}, kEmail},
        {{QStringLiteral("email2")}, kEmail2},
        {{QStringLiteral("phone")}, kPhone},
        {{QStringLiteral("mobile"), QStringLiteral("phone")}, kMobile},
        {{QStringLiteral("home_phone")}, kHome},
        {{QStringLiteral("account"), QStringLiteral("company"), QStringLiteral("name")}, kCompany},
        {{QStringLiteral("title")}, kTitle},
        {{QStringLiteral("department")}, kDepartment},
        {{QStringLiteral("street")}, kStreet},
        {{QStringLiteral("city")}, kCity},
        {{QStringLiteral("province")}, kProvince},
        {{QStringLiteral("postal_code")}, kPostal},
        {{QStringLiteral("country")}, kCountry},
        {{QStringLiteral("tax_id")}, kTaxId},
        {{QStringLiteral("website")}, kWebsite},
        {{QStringLiteral("birthday")}, kBirthday},
        {{QStringLiteral("description")}, kNotes},
        {{QStringLiteral("salutation")}, kSalutation},
        {{QStringLiteral("industry")}, kIndustry},
        {{QStringLiteral("employees")}, kEmployees},
        {{QStringLiteral("annual_revenue")}, kRevenue},
        {{QStringLiteral("lead_source"), QStringLiteral("source")}, kSource},
        {{QStringLiteral("status")}, kStatus},
    };
    return all;
}

bool importable(const Field &f)
{
    return f.has(Field::InImport) && !f.readOnly && !f.system;
}

} // namespace

QString normalize(const QString &header)
{
    const QString d = header.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(d.size());
    for (const QChar c : d) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    }
    return out;
}

QList<const Field *> importableFields(const Entity &entity)
{
    QList<const Field *> out;
    for (const auto &f : entity.fields)
        if (importable(f))
            out << &f;
    return out;
}

QString guessField(const Entity &entity, const QString &header)
{
    const QString key = normalize(header);
    if (key.isEmpty())
        return {};
    // The field's own name, English label and translated label.
    for (const auto &f : entity.fields) {
        if (!importable(f))
            continue;
        if (key == normalize(f.name) || key == normalize(f.label) || key == normalize(f.displayLabel()))
            return f.name;
    }
    for (const auto &s : synonyms()) {
        bool hit = false;
        for (const char *const *w = s.words; *w && !hit; ++w)
            hit = key == normalize(QString::fromUtf8(*w));
        if (!hit)
            continue;
        for (const auto &name : s.fields) {
            const Field *f = entity.field(name);
            if (f && importable(*f))
                return name;
        }
    }
    return {};
}

QStringList guess(const Entity &entity, const QStringList &headers)
{
    QStringList out;
    QSet<QString> used;
    QSet<QString> keys;
    for (const auto &h : headers)
        keys.insert(normalize(h));
    // Outlook exports have "Title" (Mr., Ms.) next to "Job Title": there "Title" is the salutation.
    const bool outlookTitle = keys.contains(QStringLiteral("jobtitle")) && entity.field(QStringLiteral("salutation"));
    for (const auto &h : headers) {
        QString f = (outlookTitle && normalize(h) == QLatin1String("title")) ? QStringLiteral("salutation") : guessField(entity, h);
        // A second "Phone" column when the first took the work phone: try mobile, then home.
        if (!f.isEmpty() && used.contains(f))
            f.clear();
        if (!f.isEmpty())
            used.insert(f);
        out << f;
    }
    return out;
}

QString headerKey(const QStringList &headers)
{
    QStringList keys;
    for (const auto &h : headers)
        keys << normalize(h);
    keys.sort();
    return keys.join(QLatin1Char('|'));
}

Result<QStringList> remembered(Database &db, const QString &entity, const QStringList &headers)
{
    auto r = Sql::exec(db.connection(), QStringLiteral("SELECT mapping FROM import_mapping WHERE entity = ? AND header_key = ?"),
                       {entity, headerKey(headers)});
    if (!r)
        return r.error();
    if (!r.value().next())
        return QStringList();
    const QJsonObject o = QJsonDocument::fromJson(r.value().value(0).toString().toUtf8()).object();
    QStringList out;
    for (const auto &h : headers)
        out << o.value(h).toString();
    return out;
}

Status remember(Database &db, const QString &entity, const QStringList &headers, const QStringList &fields)
{
    QJsonObject o;
    for (int i = 0; i < headers.size(); ++i)
        o.insert(headers.at(i), fields.value(i));
    auto r = Sql::exec(db.connection(),
                       QStringLiteral("INSERT INTO import_mapping (entity, header_key, mapping, used_at) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT(entity, header_key) DO UPDATE SET mapping = excluded.mapping, used_at = excluded.used_at"),
                       {entity, headerKey(headers), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!r)
        return r.error();
    return {};
}

QStringList suggest(Database &db, const Entity &entity, const QStringList &headers, bool *wasRemembered)
{
    if (wasRemembered)
        *wasRemembered = false;
    auto r = remembered(db, entity.name, headers);
    if (r && !r.value().isEmpty()) {
        // Only fields that still exist (a custom field may have been removed since).
        QStringList out = r.value();
        for (auto &f : out) {
            const Field *field = entity.field(f);
            if (!field || !importable(*field))
                f.clear();
        }
        if (wasRemembered)
            *wasRemembered = true;
        return out;
    }
    return guess(entity, headers);
}

} // namespace trato::HeaderMapping
