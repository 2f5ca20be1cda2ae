// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "util/reporttable.h"

#include <QLocale>
#include <QMetaType>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TRATO_ISATTY _isatty
#define TRATO_FILENO _fileno
#else
#include <unistd.h>
#define TRATO_ISATTY isatty
#define TRATO_FILENO fileno
#endif

namespace trato::cli {

namespace {

constexpr int kTableBlock = 1000;     // rows aligned together
constexpr int kMaxCellWidth = 50;     // longer table cells end in "…"; csv/json give everything

void write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
}

bool isWide(uint ucs)
{
    // East Asian wide and fullwidth ranges, emoji: two terminal columns.
    return (ucs >= 0x1100 && ucs <= 0x115F) || (ucs >= 0x2E80 && ucs <= 0xA4CF)
        || (ucs >= 0xAC00 && ucs <= 0xD7A3) || (ucs >= 0xF900 && ucs <= 0xFAFF)
        || (ucs >= 0xFE30 && ucs <= 0xFE4F) || (ucs >= 0xFF00 && ucs <= 0xFF60)
        || (ucs >= 0xFFE0 && ucs <= 0xFFE6) || (ucs >= 0x1F300 && ucs <= 0x1F64F)
        || (ucs >= 0x1F900 && ucs <= 0x1F9FF) || (ucs >= 0x20000 && ucs <= 0x3FFFD);
}

// One line, at most kMaxCellWidth columns wide unless the column says otherwise.
QString tableText(const QString &text, bool truncate)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    QString s = text;
    s.replace(breaks, QStringLiteral(" "));
    if (!truncate || RowWriter::displayWidth(s) <= kMaxCellWidth)
        return s;
    QString cut;
    int width = 0;
    for (const uint ucs : s.toUcs4()) {
        const int w = QChar::isMark(ucs) ? 0 : (isWide(ucs) ? 2 : 1);
        if (width + w > kMaxCellWidth - 1)
            break;
        width += w;
        cut += QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs), 1);
    }
    return cut + QChar(0x2026);
}

QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void appendJson(QString &out, const QVariant &v, bool pretty, int depth)
{
    const QString indent = pretty ? QString(2 * (depth + 1), QLatin1Char(' ')) : QString();
    const QString closeIndent = pretty ? QString(2 * depth, QLatin1Char(' ')) : QString();
    const QString sep = pretty ? QStringLiteral(",\n") : QStringLiteral(",");
    const QString open = pretty ? QStringLiteral("\n") : QString();
    auto list = [&](const QVariantList &items) {
        if (items.isEmpty()) {
            out += QStringLiteral("[]");
            return;
        }
        out += QLatin1Char('[') + open;
        for (int i = 0; i < items.size(); ++i) {
            out += (i ? sep : QString()) + indent;
            appendJson(out, items.at(i), pretty, depth + 1);
        }
        out += open + closeIndent + QLatin1Char(']');
    };
    auto object = [&](const JsonObject &pairs) {
        if (pairs.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QLatin1Char('{') + open;
        for (int i = 0; i < pairs.size(); ++i) {
            out += (i ? sep : QString()) + indent + jsonString(pairs.at(i).first)
                + (pretty ? QStringLiteral(": ") : QStringLiteral(":"));
            appendJson(out, pairs.at(i).second, pretty, depth + 1);
        }
        out += open + closeIndent + QLatin1Char('}');
    };

    if (v.metaType() == QMetaType::fromType<JsonObject>()) {
        object(v.value<JsonObject>());
        return;
    }
    if (!v.isValid() || v.isNull() || v.typeId() == QMetaType::Nullptr) {
        out += QStringLiteral("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += v.toString();
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        out += std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest) : QStringLiteral("null");
        return;
    }
    case QMetaType::QStringList: {
        QVariantList items;
        for (const QString &s : v.toStringList())
            items << s;
        list(items);
        return;
    }
    case QMetaType::QVariantList:
        list(v.toList());
        return;
    case QMetaType::QVariantMap: {
        JsonObject pairs;
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            pairs.append({it.key(), it.value()});
        object(pairs);
        return;
    }
    default:
        out += jsonString(v.toString());
    }
}

} // namespace

void writeOut(const QString &text)
{
    write(stdout, text);
}

void writeErr(const QString &text)
{
    write(stderr, text);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return TRATO_ISATTY(TRATO_FILENO(stderr)) != 0;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Table: return QStringLiteral("table");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    case Format::Text: return QStringLiteral("text");
    }
    return {};
}

bool parseFormat(const QString &text, const QList<Format> &allowed, Format *out)
{
    for (const Format f : allowed) {
        if (formatName(f) == text) {
            *out = f;
            return true;
        }
    }
    return false;
}

QVariant jsonNull()
{
    return QVariant::fromValue(nullptr);
}

QString toJson(const QVariant &value, bool pretty)
{
    QString out;
    appendJson(out, value, pretty, 0);
    return out;
}

int RowWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (const uint ucs : text.toUcs4())
        width += QChar::isMark(ucs) ? 0 : (isWide(ucs) ? 2 : 1);
    return width;
}

QString RowWriter::csvField(const QString &text)
{
    // RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside.
    bool special = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            special = true;
            break;
        }
    }
    if (!special)
        return text;
    QString s = text;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

RowWriter::RowWriter(Format format, QList<Column> columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
    for (const auto &c : m_columns)
        m_widths << displayWidth(c.name);
}

RowWriter::~RowWriter()
{
    finish();
}

void RowWriter::add(const QList<Cell> &row)
{
    ++m_rows;
    switch (m_format) {
    case Format::Csv: {
        if (!m_started) {
            QStringList header;
            for (const auto &c : m_columns)
                header << csvField(c.name);
            writeOut(header.join(QLatin1Char(',')) + QLatin1Char('\n'));
            m_started = true;
        }
        QStringList fields;
        for (const auto &cell : row)
            fields << csvField(cell.text);
        writeOut(fields.join(QLatin1Char(',')) + QLatin1Char('\n'));
        break;
    }
    case Format::Json: {
        JsonObject object;
        for (int i = 0; i < row.size() && i < m_columns.size(); ++i)
            object.append({m_columns.at(i).name, row.at(i).json});
        writeOut((m_started ? QStringLiteral(",\n  ") : QStringLiteral("[\n  "))
                 + toJson(QVariant::fromValue(object)));
        m_started = true;
        break;
    }
    case Format::Table:
    case Format::Text: {
        QStringList texts;
        for (int i = 0; i < row.size(); ++i)
            texts << tableText(row.at(i).text, i >= m_columns.size() || m_columns.at(i).truncate);
        m_pending << texts;
        if (m_pending.size() >= kTableBlock)
            flushTable();
        break;
    }
    }
}

void RowWriter::flushTable()
{
    for (const auto &row : std::as_const(m_pending))
        for (int i = 0; i < row.size() && i < m_widths.size(); ++i)
            m_widths[i] = qMax(m_widths.at(i), displayWidth(row.at(i)));
    auto line = [&](const QStringList &cells) -> QString {
        QString s;
        for (int i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            const bool last = i == m_columns.size() - 1;
            const QString pad(m_widths.at(i) - displayWidth(cells.at(i)), QLatin1Char(' '));
            if (i)
                s += QStringLiteral("  ");
            if (m_columns.at(i).alignRight)
                s += pad + cells.at(i);
            else
                s += cells.at(i) + (last ? QString() : pad);
        }
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s + QLatin1Char('\n');
    };
    QString out;
    if (!m_started) {
        QStringList header, rule;
        for (int i = 0; i < m_columns.size(); ++i) {
            header << m_columns.at(i).name;
            // An uncut column may be very wide: its rule stops at the header.
            rule << QString(m_columns.at(i).truncate ? m_widths.at(i) : displayWidth(m_columns.at(i).name), QLatin1Char('-'));
        }
        out += line(header) + line(rule);
        m_started = true;
    }
    for (const auto &row : std::as_const(m_pending))
        out += line(row);
    m_pending.clear();
    writeOut(out);
}

void RowWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    switch (m_format) {
    case Format::Csv:
        if (!m_started) {
            QStringList header;
            for (const auto &c : m_columns)
                header << csvField(c.name);
            writeOut(header.join(QLatin1Char(',')) + QLatin1Char('\n'));
        }
        break;
    case Format::Json:
        writeOut(m_started ? QStringLiteral("\n]\n") : QStringLiteral("[]\n"));
        break;
    case Format::Table:
    case Format::Text:
        flushTable();
        break;
    }
    std::fflush(stdout);
}

void writeKeyValues(const QList<QPair<QString, QString>> &pairs)
{
    int width = 0;
    for (const auto &p : pairs)
        width = qMax(width, RowWriter::displayWidth(p.first) + 1);
    QString out;
    for (const auto &p : pairs) {
        const QString key = p.first + QLatin1Char(':');
        QString value = p.second;
        // Continuation lines of long text line up under the first one.
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 1, QLatin1Char(' ')));
        QString line = key + QString(width - RowWriter::displayWidth(key) + 1, QLatin1Char(' ')) + value;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    writeOut(out);
}

void writeTableRows(const ReportTable &t, Format format, const QStringList &keys)
{
    QList<Column> columns;
    for (int i = 0; i < t.columnCount(); ++i)
        columns.append({format == Format::Csv ? keys.value(i) : t.headers.at(i), t.isNumeric(i)});
    RowWriter writer(format, columns);
    auto add = [&](const QStringList &cells) {
        QList<Cell> row;
        for (const QString &c : cells)
            row << Cell::string(c);
        writer.add(row);
    };
    for (const QStringList &r : t.rows)
        add(r);
    if (!t.totals.isEmpty())
        add(t.totals);
    writer.finish();
}

} // namespace trato::cli
