// SPDX-License-Identifier: GPL-3.0-or-later
// A reader of flat JSON objects for the pull's fast path: see flatjson.h.
#include "flatjson.h"

#include <charconv>
#include <cmath>

namespace trato::SyncDetail {

namespace {

constexpr double kExact = 9007199254740992.0; // 2^53: ValueCodec's limit of exact integers

bool isSpace(char16_t c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexDigit(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(const QChar *p, const QChar *end)
{
    return p < end && p->unicode() >= '0' && p->unicode() <= '9';
}

} // namespace

void FlatJsonReader::skipSpace()
{
    while (m_p < m_end && isSpace(m_p->unicode()))
        ++m_p;
}

bool FlatJsonReader::next()
{
    skipSpace();
    if (m_state == Done)
        return false;
    if (m_state == Start) {
        if (m_p == m_end || *m_p != QLatin1Char('{'))
            return fail();
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == QLatin1Char('}')) {
            ++m_p;
            m_state = Done;
            skipSpace();
            return m_p == m_end ? false : fail();
        }
    } else {
        if (m_p == m_end)
            return fail();
        if (*m_p == QLatin1Char('}')) {
            ++m_p;
            m_state = Done;
            skipSpace();
            return m_p == m_end ? false : fail();
        }
        if (*m_p != QLatin1Char(','))
            return fail();
        ++m_p;
        skipSpace();
    }
    if (m_p == m_end || *m_p != QLatin1Char('"'))
        return fail();
    if (!readString(&m_keyBuffer, &m_key))
        return fail();
    skipSpace();
    if (m_p == m_end || *m_p != QLatin1Char(':'))
        return fail();
    ++m_p;
    skipSpace();
    if (m_p == m_end)
        return fail();
    m_value.text = QString();
    switch (m_p->unicode()) {
    case '"': {
        QStringView view;
        QString decoded;
        if (!readString(&decoded, &view))
            return fail();
        m_value.kind = JsonScalar::String;
        // No escapes: the value points into the text, nothing is copied.
        m_value.text = view.data() == decoded.constData() ? decoded : QString::fromRawData(view.data(), view.size());
        break;
    }
    case 'n':
        if (!readWord(QLatin1String("null")))
            return fail();
        m_value.kind = JsonScalar::Null;
        break;
    case 't':
    case 'f': {
        const bool yes = m_p->unicode() == 't';
        if (!readWord(yes ? QLatin1String("true") : QLatin1String("false")))
            return fail();
        m_value.kind = JsonScalar::Integer;
        m_value.integer = yes ? 1 : 0;
        break;
    }
    default:
        if (!readNumber())
            return fail();
    }
    m_state = Member;
    return true;
}

bool FlatJsonReader::readWord(QLatin1String word)
{
    if (m_end - m_p < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (m_p[i].unicode() != char16_t(word.at(i).unicode()))
            return false;
    m_p += word.size();
    return true;
}

// At the opening quote. Without escapes *view is the string inside the text; with escapes it is
// decoded into *decoded and *view points at that.
bool FlatJsonReader::readString(QString *decoded, QStringView *view)
{
    ++m_p;
    const QChar *start = m_p;
    while (m_p < m_end) {
        const char16_t c = m_p->unicode();
        if (c == '"') {
            *view = QStringView(start, m_p - start);
            ++m_p;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return false;
        ++m_p;
    }
    if (m_p == m_end)
        return false;
    decoded->clear();
    decoded->append(start, m_p - start);
    while (m_p < m_end) {
        const char16_t c = m_p->unicode();
        if (c == '"') {
            ++m_p;
            // A surrogate escaped alone: SQLite and QStringEncoder would encode it differently.
            for (qsizetype i = 0, n = decoded->size(); i < n; ++i) {
                const QChar u = decoded->at(i);
                if (u.isHighSurrogate() && i + 1 < n && decoded->at(i + 1).isLowSurrogate())
                    ++i;
                else if (u.isSurrogate())
                    return false;
            }
            *view = QStringView(*decoded);
            return true;
        }
        if (c < 0x20)
            return false;
        if (c != '\\') {
            decoded->append(*m_p++);
            continue;
        }
        if (++m_p == m_end)
            return false;
        switch (m_p->unicode()) {
        case '"': decoded->append(QLatin1Char('"')); break;
        case '\\': decoded->append(QLatin1Char('\\')); break;
        case '/': decoded->append(QLatin1Char('/')); break;
        case 'b': decoded->append(QChar(0x08)); break;
        case 'f': decoded->append(QChar(0x0c)); break;
        case 'n': decoded->append(QLatin1Char('\n')); break;
        case 'r': decoded->append(QLatin1Char('\r')); break;
        case 't': decoded->append(QLatin1Char('\t')); break;
        case 'u': {
            // One UTF-16 code unit: a surrogate pair is two escapes in a row.
            if (m_end - m_p < 5)
                return false;
            int code = 0;
            for (int i = 1; i <= 4; ++i) {
                const int d = hexDigit(m_p[i].unicode());
                if (d < 0)
                    return false;
                code = code * 16 + d;
            }
            decoded->append(QChar(char16_t(code)));
            m_p += 4;
            break;
        }
        default:
            return false;
        }
        ++m_p;
    }
    return false;
}

// JSON's grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool FlatJsonReader::readNumber()
{
    const QChar *start = m_p;
    if (*m_p == QLatin1Char('-'))
        ++m_p;
    if (!isDigit(m_p, m_end))
        return false;
    if (*m_p == QLatin1Char('0'))
        ++m_p;
    else
        while (isDigit(m_p, m_end))
            ++m_p;
    const qsizetype intDigits = m_p - start - (*start == QLatin1Char('-') ? 1 : 0);
    bool plain = true;
    if (m_p < m_end && *m_p == QLatin1Char('.')) {
        plain = false;
        ++m_p;
        if (!isDigit(m_p, m_end))
            return false;
        while (isDigit(m_p, m_end))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == QLatin1Char('e') || *m_p == QLatin1Char('E'))) {
        plain = false;
        ++m_p;
        if (m_p < m_end && (*m_p == QLatin1Char('+') || *m_p == QLatin1Char('-')))
            ++m_p;
        if (!isDigit(m_p, m_end))
            return false;
        while (isDigit(m_p, m_end))
            ++m_p;
    }
    if (plain && intDigits <= 15) {
        // Below 10^15 < 2^53: exact as an integer, as the double QJsonDocument makes of it.
        qint64 v = 0;
        for (const QChar *d = *start == QLatin1Char('-') ? start + 1 : start; d < m_p; ++d)
            v = v * 10 + (d->unicode() - '0');
        m_value.kind = JsonScalar::Integer;
        m_value.integer = *start == QLatin1Char('-') ? -v : v;
        return true;
    }
    char buffer[64];
    const qsizetype n = m_p - start;
    if (n >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < n; ++i)
        buffer[i] = char(start[i].unicode());
    double d = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + n, d);
    if (error != std::errc() || end != buffer + n || !std::isfinite(d))
        return false;
    // ValueCodec::fromJson: integral and exact -> integer, else real.
    if (d > -kExact && d < kExact && d == std::trunc(d)) {
        m_value.kind = JsonScalar::Integer;
        m_value.integer = qint64(d);
    } else {
        m_value.kind = JsonScalar::Real;
        m_value.real = d;
    }
    return true;
}

} // namespace trato::SyncDetail
