// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "headermapping.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::Exporter", text);
}

constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// vCard text value escapes (RFC 6350 3.4).
QString vEscape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    return out;
}

// Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence.
QByteArray vLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (int i = 0; i < utf8.size(); ++i) {
        const auto b = uchar(utf8.at(i));
        const bool lead = (b & 0xC0) != 0x80;
        if (lead && width >= 75) {
            out += "\r\n ";
            width = 1;
        }
        out += char(b);
        ++width;
    }
    return out + "\r\n";
}

} // namespace

bool exportEncodingFromName(const QString &name, ExportEncoding *out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("utf-8-bom") || n == QLatin1String("utf8-bom"))
        *out = ExportEncoding::Utf8Bom;
    else if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        *out = ExportEncoding::Utf8;
    else if (n == QLatin1String("windows-1252") || n == QLatin1String("cp1252"))
        *out = ExportEncoding::Windows1252;
    else
        return false;
    return true;
}

QString exportEncodingName(ExportEncoding encoding)
{
    switch (encoding) {
    case ExportEncoding::Utf8: return QStringLiteral("utf-8");
    case ExportEncoding::Windows1252: return QStringLiteral("windows-1252");
    case ExportEncoding::Utf8Bom: break;
    }
    return QStringLiteral("utf-8-bom");
}

bool Exporter::toWindows1252(const QString &text, QByteArray *out, QChar *bad)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out->append(char(u));
            continue;
        }
        int found = -1;
        for (int i = 0; i < 32 && found < 0; ++i)
            if (kCp1252High[i] == u && !(u >= 0x80 && u < 0xA0))
                found = i;
        if (found < 0) {
            *bad = c;
            return false;
        }
        out->append(char(0x80 + found));
    }
    return true;
}

QString Exporter::csvField(const QString &text, QChar delimiter)
{
    const bool quote = text.contains(delimiter) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString t = text;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

Exporter::Exporter(Database &db)
    : m_db(db)
{
}

Result<qint64> Exporter::run(const ListQuery &query, const QString &path, const ExportOptions &options)
{
    const Entity *entity = m_db.registry()->entity(query.entity);
    if (!entity)
        return Error::badInput(tr("Unknown entity \"%1\". Known entities: %2.")
                                   .arg(query.entity, m_db.registry()->entityNames().join(QStringLiteral(", "))));
    if (options.format == ExportFormat::Csv
        && (options.delimiter.isNull() || options.delimiter == QLatin1Char('"') || options.delimiter == QLatin1Char('\n')
            || options.delimiter == QLatin1Char('\r')))
        return Error::badInput(tr("\"%1\" cannot separate CSV fields; use a comma, a semicolon or a tab.").arg(options.delimiter));
    QList<const Field *> fields;
    if (query.columns.isEmpty()) {
        fields = HeaderMapping::importableFields(*entity);
    } else {
        for (const auto &c : query.columns) {
            const Field *f = entity->field(c);
            if (!f)
                return Error::badInput(tr("%1 has no field \"%2\".").arg(entity->name, c));
            fields << f;
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failure(tr("%1 cannot be written: %2").arg(path, out.errorString()));

    Error failure;
    bool failed = false;
    qint64 count = 0;
    auto write = [&](const QString &text) -> bool {
        QByteArray bytes;
        if (options.format == ExportFormat::Csv && options.encoding == ExportEncoding::Windows1252) {
            QChar bad;
            if (!toWindows1252(text, &bytes, &bad)) {
                failed = true;
                failure = Error::badInput(tr("record %1: \"%2\" (U+%3) cannot be written in Windows-1252; export as UTF-8 instead.")
                                              .arg(count + 1).arg(bad).arg(bad.unicode(), 4, 16, QLatin1Char('0')));
                return false;
            }
        } else {
            bytes = text.toUtf8();
        }
        if (out.write(bytes) != bytes.size()) {
            failed = true;
            failure = Error::failure(tr("%1 cannot be written: %2").arg(path, out.errorString()));
            return false;
        }
        return true;
    };

    if (options.format == ExportFormat::Csv) {
        if (options.encoding == ExportEncoding::Utf8Bom)
            out.write("\xEF\xBB\xBF");
        QStringList head;
        for (const Field *f : fields)
            head << csvField(options.labelHeaders ? f->displayLabel() : f->name, options.delimiter);
        if (!write(head.join(options.delimiter) + QStringLiteral("\r\n")))
            return failure;
    }

    ListQuery q = query;
    q.limit = -1;
    RecordStore store(m_db);
    // Relations are written as the related record's name, so the file reads well and imports
    // into another database; a name several records share would not import back, so those are
    // written as the id (what the importer also accepts). One query per distinct related record.
    QHash<QString, QString> relationText;
    auto relation = [&](const Field &f, const Record &r) -> QString {
        const QString id = r.value(f.name).toString();
        if (id.isEmpty())
            return {};
        const QString key = f.name + QLatin1Char('\x1f') + id;
        auto it = relationText.constFind(key);
        if (it != relationText.constEnd())
            return it.value();
        const QString title = r.value(f.name + QStringLiteral("__title")).toString();
        QString out = title;
        const Entity *target = m_db.registry()->entity(f.relationTarget);
        if (target && !title.isEmpty()) {
            auto n = Sql::exec(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1 a WHERE %2 = ? COLLATE NOCASE AND deleted = 0")
                                                      .arg(Sql::ident(target->name), target->titleExpression(QStringLiteral("a"))),
                               {title});
            if (n && n.value().next() && n.value().value(0).toLongLong() != 1)
                out = id;
        } else {
            out = id;
        }
        relationText.insert(key, out);
        return out;
    };
    auto text = [&](const Record &r, const QString &field) -> QString {
        const Field *f = entity->field(field);
        if (!f)
            return {};
        if (f->type == FieldType::Relation)
            return relation(*f, r);
        return Value::plain(*f, r.value(f->name));
    };
    const Status s = store.forEach(q, [&](const Record &r) {
        if (options.format == ExportFormat::Csv) {
            QStringList cells;
            cells.reserve(fields.size());
            for (const Field *f : std::as_const(fields))
                cells << csvField(text(r, f->name), options.delimiter);
            if (!write(cells.join(options.delimiter) + QStringLiteral("\r\n")))
                return false;
        } else {
            QByteArray card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
            const bool person = entity->field(QStringLiteral("last_name")) != nullptr;
            QString fn;
            if (person) {
                fn = QStringList{text(r, QStringLiteral("first_name")), text(r, QStringLiteral("last_name"))}.join(QLatin1Char(' ')).trimmed();
                card += vLine(QStringLiteral("N:%1;%2;;;").arg(vEscape(text(r, QStringLiteral("last_name"))),
                                                              vEscape(text(r, QStringLiteral("first_name")))));
            } else {
                card += "KIND:org\r\n";
                fn = text(r, entity->titleFields.value(0));
            }
            card += vLine(QStringLiteral("FN:") + vEscape(fn));
            const QString org = person ? (entity->field(QStringLiteral("account")) ? text(r, QStringLiteral("account"))
                                                                                   : text(r, QStringLiteral("company")))
                                       : fn;
            const QString dept = text(r, QStringLiteral("department"));
            if (!org.isEmpty())
                card += vLine(QStringLiteral("ORG:") + vEscape(org) + (dept.isEmpty() ? QString() : QLatin1Char(';') + vEscape(dept)));
            auto prop = [&](const char *name, const QString &field) {
                const QString v = text(r, field);
                if (!v.isEmpty())
                    card += vLine(QString::fromLatin1(name) + vEscape(v));
            };
            prop("TITLE:", QStringLiteral("title"));
            prop("EMAIL;TYPE=work:", QStringLiteral("email"));
            prop("EMAIL;TYPE=home:", QStringLiteral("email2"));
            prop("TEL;TYPE=work,voice:", QStringLiteral("phone"));
            prop("TEL;TYPE=cell,voice:", QStringLiteral("mobile"));
            prop("TEL;TYPE=home,voice:", QStringLiteral("home_phone"));
            prop("URL:", QStringLiteral("website"));
            QStringList adr;
            for (const auto &a : {QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("province"),
                                  QStringLiteral("postal_code"), QStringLiteral("country")})
                adr << vEscape(text(r, a));
            if (!adr.join(QString()).isEmpty())
                card += vLine(QStringLiteral("ADR;TYPE=work:;;") + adr.join(QLatin1Char(';')));
            const QString bday = text(r, QStringLiteral("birthday"));
            if (!bday.isEmpty())
                card += vLine(QStringLiteral("BDAY:") + QString(bday).remove(QLatin1Char('-')));
            prop("NOTE:", QStringLiteral("description"));
            card += vLine(QStringLiteral("UID:urn:uuid:") + r.value(QStringLiteral("id")).toString());
            card += "END:VCARD\r\n";
            if (out.write(card) != card.size()) {
                failed = true;
                failure = Error::failure(tr("%1 cannot be written: %2").arg(path, out.errorString()));
                return false;
            }
        }
        ++count;
        if (options.progress && count % 1000 == 0 && !options.progress(count)) {
            failed = true;
            failure = Error::badInput(tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()));
            return false;
        }
        return true;
    });
    if (!s) {
        out.cancelWriting();
        return s.error();
    }
    if (failed) {
        out.cancelWriting();
        return failure;
    }
    if (!out.commit())
        return Error::failure(tr("%1 cannot be written: %2").arg(path, out.errorString()));
    return count;
}

} // namespace trato
