// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QStringDecoder>

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::VCardReader", text);
}

constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = uchar(c);
        out += QChar((b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.toLower();
    if (cs == "windows-1252" || cs == "cp1252" || cs == "iso-8859-1" || cs == "latin1" || cs == "iso-8859-15")
        return fromWindows1252(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = utf8.decode(bytes);
    if (utf8.hasError())
        return fromWindows1252(bytes);
    return s;
}

bool decodeQuotedPrintable(const QByteArray &in, QByteArray *out)
{
    out->clear();
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i) != '=') {
            out->append(in.at(i));
            continue;
        }
        if (i + 2 >= in.size() + 0 && i + 1 >= in.size())
            return true; // a trailing soft break
        if (i + 2 >= in.size())
            return false;
        bool ok = false;
        const int v = in.mid(i + 1, 2).toInt(&ok, 16);
        if (!ok)
            return false;
        out->append(char(v));
        i += 2;
    }
    return true;
}

// Splits on unescaped sep, then removes the escapes.
QStringList components(const QString &value, QChar sep)
{
    QStringList out;
    QString cur;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                cur += QLatin1Char('\n');
            else
                cur += n;
        } else if (c == sep) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

QString unescape(const QString &value)
{
    return components(value, QChar()).join(QString());
}

QString birthday(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("--")))
        return {}; // no year: nothing a date field can hold
    t = t.section(QLatin1Char('T'), 0, 0);
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.toString(Qt::ISODate) : text.trimmed();
}

void put(VCard *card, const QStringList &slots, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    for (const auto &s : slots) {
        if (!card->values.contains(s)) {
            card->values.insert(s, value.trimmed());
            return;
        }
    }
}

} // namespace

const QStringList &VCardReader::keys()
{
    static const QStringList k = {
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("organization"), QStringLiteral("department"),
        QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("home_phone"),
        QStringLiteral("email"), QStringLiteral("email2"), QStringLiteral("website"), QStringLiteral("street"),
        QStringLiteral("city"), QStringLiteral("province"), QStringLiteral("postal_code"), QStringLiteral("country"),
        QStringLiteral("birthday"), QStringLiteral("note")};
    return k;
}

bool VCardReader::sniff(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = f.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().toUpper().startsWith("BEGIN:VCARD");
}

Status VCardReader::open(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("%1: cannot be read: %2").arg(path, m_file.errorString()));
    if (m_file.size() == 0)
        return Error::badInput(tr("%1: the file is empty").arg(m_name));
    if (m_file.peek(3) == "\xEF\xBB\xBF")
        m_file.read(3);
    return {};
}

bool VCardReader::fail(qint64 line, const QString &message)
{
    m_status = Error::badInput(tr("%1: line %2: %3").arg(m_name).arg(line).arg(message));
    return false;
}

bool VCardReader::readLogical(QByteArray *line, qint64 *lineNumber)
{
    auto physical = [&](QByteArray *out) -> bool {
        if (m_hasPending) {
            *out = m_pending;
            m_hasPending = false;
            return true;
        }
        if (m_file.atEnd())
            return false;
        *out = m_file.readLine(1 << 20);
        while (out->endsWith('\n') || out->endsWith('\r'))
            out->chop(1);
        ++m_line;
        return true;
    };
    QByteArray first;
    do {
        if (!physical(&first))
            return false;
    } while (first.trimmed().isEmpty());
    *lineNumber = m_line;
    *line = first;
    const int colon = line->indexOf(':');
    const bool qp = colon > 0 && line->left(colon).toUpper().contains("QUOTED-PRINTABLE");
    QByteArray next;
    while (true) {
        if (qp && line->endsWith('=')) { // 2.1 soft line break: the value goes on
            if (!physical(&next))
                break;
            line->chop(1);
            line->append(next.startsWith(' ') || next.startsWith('\t') ? next.mid(1) : next);
            continue;
        }
        if (!physical(&next))
            break;
        if (next.startsWith(' ') || next.startsWith('\t')) {
            line->append(next.mid(1));
            continue;
        }
        m_pending = next;
        m_hasPending = true;
        break;
    }
    return true;
}

bool VCardReader::next(VCard *card)
{
    if (!m_status.ok())
        return false;
    QByteArray raw;
    qint64 lineNo = 0;
    bool inCard = false;
    *card = VCard();
    while (readLogical(&raw, &lineNo)) {
        const int colon = raw.indexOf(':');
        if (colon <= 0)
            return fail(lineNo, tr("this line is not a vCard property (NAME:value)"));
        QList<QByteArray> params = raw.left(colon).split(';');
        QByteArray name = params.takeFirst().trimmed().toUpper();
        if (name.contains('.'))
            name = name.mid(name.lastIndexOf('.') + 1); // item1.EMAIL
        const QByteArray rawValue = raw.mid(colon + 1);
        if (name == "BEGIN") {
            if (inCard)
                return fail(lineNo, tr("BEGIN:VCARD inside another card (is an END:VCARD missing?)"));
            if (rawValue.trimmed().toUpper() != "VCARD")
                return fail(lineNo, tr("expected BEGIN:VCARD"));
            inCard = true;
            card->line = lineNo;
            continue;
        }
        if (!inCard)
            return fail(lineNo, tr("%1 outside BEGIN:VCARD ... END:VCARD").arg(QString::fromLatin1(name)));
        if (name == "END") {
            // FN without a usable N: "Ana María Ruiz" -> first "Ana María", last "Ruiz".
            const QString fn = card->values.take(QStringLiteral("__fn"));
            card->values.remove(QStringLiteral("__adr"));
            if (!fn.isEmpty() && !card->values.contains(QStringLiteral("last_name")) && !card->values.contains(QStringLiteral("first_name"))) {
                const int space = fn.lastIndexOf(QLatin1Char(' '));
                if (space > 0) {
                    card->values.insert(QStringLiteral("first_name"), fn.left(space).trimmed());
                    card->values.insert(QStringLiteral("last_name"), fn.mid(space + 1).trimmed());
                } else {
                    card->values.insert(QStringLiteral("last_name"), fn);
                }
            }
            if (card->version.isEmpty())
                return fail(card->line, tr("the card has no VERSION"));
            if (!card->values.contains(QStringLiteral("last_name")) && !card->values.contains(QStringLiteral("first_name"))
                && !card->values.contains(QStringLiteral("organization")))
                return fail(card->line, tr("the card has neither a name (N, FN) nor an organization (ORG)"));
            return true;
        }
        // Parameters: TYPE=work,voice / TYPE=WORK;TYPE=CELL / 2.1's bare WORK;CELL / ENCODING / CHARSET.
        QStringList types;
        QByteArray charset;
        bool qp = false;
        for (const QByteArray &p : std::as_const(params)) {
            const int eq = p.indexOf('=');
            const QByteArray key = (eq < 0 ? QByteArray("TYPE") : p.left(eq)).trimmed().toUpper();
            QByteArray val = eq < 0 ? p : p.mid(eq + 1);
            if (val.startsWith('"') && val.endsWith('"') && val.size() >= 2)
                val = val.mid(1, val.size() - 2);
            if (key == "ENCODING" || (eq < 0 && val.toUpper() == "QUOTED-PRINTABLE"))
                qp = qp || val.toUpper() == "QUOTED-PRINTABLE";
            else if (key == "CHARSET")
                charset = val;
            else if (key == "TYPE")
                for (const QByteArray &t : val.split(','))
                    types << QString::fromLatin1(t).trimmed().toLower();
        }
        QByteArray bytes = rawValue;
        if (qp && !decodeQuotedPrintable(rawValue, &bytes))
            return fail(lineNo, tr("bad QUOTED-PRINTABLE text in %1").arg(QString::fromLatin1(name)));
        const QString value = decodeText(bytes, charset);
        if (name == "VERSION") {
            card->version = value.trimmed();
            if (card->version != QLatin1String("2.1") && card->version != QLatin1String("3.0") && card->version != QLatin1String("4.0"))
                return fail(lineNo, tr("vCard version %1 is not supported (2.1, 3.0 and 4.0 are)").arg(card->version));
        } else if (name == "N") {
            const QStringList c = components(value, QLatin1Char(';'));
            put(card, {QStringLiteral("last_name")}, c.value(0));
            put(card, {QStringLiteral("first_name")}, c.value(1));
        } else if (name == "FN") {
            const QString fn = unescape(value).trimmed();
            card->values.insert(QStringLiteral("__fn"), fn);
        } else if (name == "ORG") {
            const QStringList c = components(value, QLatin1Char(';'));
            put(card, {QStringLiteral("organization")}, c.value(0));
            put(card, {QStringLiteral("department")}, c.value(1));
        } else if (name == "TITLE") {
            put(card, {QStringLiteral("title")}, unescape(value));
        } else if (name == "TEL") {
            QStringList order;
            if (types.contains(QLatin1String("fax")) || types.contains(QLatin1String("pager")))
                continue;
            if (types.contains(QLatin1String("cell")) || types.contains(QLatin1String("mobile")))
                order = {QStringLiteral("mobile")};
            else if (types.contains(QLatin1String("home")))
                order = {QStringLiteral("home_phone")};
            else if (types.contains(QLatin1String("work")))
                order = {QStringLiteral("phone")};
            order << QStringLiteral("phone") << QStringLiteral("mobile") << QStringLiteral("home_phone");
            QString v = unescape(value).trimmed();
            if (v.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                v = v.mid(4);
            put(card, order, v);
        } else if (name == "EMAIL") {
            put(card, {QStringLiteral("email"), QStringLiteral("email2")}, unescape(value));
        } else if (name == "URL") {
            put(card, {QStringLiteral("website")}, unescape(value));
        } else if (name == "ADR") {
            if (card->values.contains(QStringLiteral("__adr")) && !types.contains(QLatin1String("work")))
                continue;
            card->values.insert(QStringLiteral("__adr"), QString());
            const QStringList c = components(value, QLatin1Char(';'));
            const QStringList slots = {QString(), QString(), QStringLiteral("street"), QStringLiteral("city"),
                                       QStringLiteral("province"), QStringLiteral("postal_code"), QStringLiteral("country")};
            for (int i = 2; i < slots.size(); ++i) {
                card->values.remove(slots.at(i));
                put(card, {slots.at(i)}, c.value(i));
            }
        } else if (name == "BDAY") {
            const QString b = birthday(unescape(value));
            put(card, {QStringLiteral("birthday")}, b);
        } else if (name == "NOTE") {
            put(card, {QStringLiteral("note")}, unescape(value));
        }
    }
    if (!m_status.ok())
        return false;
    if (inCard)
        return fail(card->line, tr("BEGIN:VCARD without END:VCARD"));
    return false;
}

} // namespace trato
