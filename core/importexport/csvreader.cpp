// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace trato {

namespace {

constexpr qint64 kSampleSize = 64 * 1024;  // encoding, binary and delimiter detection look at this much
constexpr qint64 kChunkSize = 64 * 1024;   // then the file is read in chunks of this size
constexpr int kDelimiterSampleRecords = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::CsvReader", text);
}

// Windows-1252 0x80..0x9F. The five undefined bytes map to the C1 controls, as Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char16_t cp1252(uchar b)
{
    return (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
}

void appendCp1252(const uchar *p, qsizetype n, QString *out)
{
    const qsizetype start = out->size();
    out->resize(start + n);
    QChar *d = out->data() + start;
    for (qsizetype i = 0; i < n; ++i)
        d[i] = QChar(cp1252(p[i]));
}

// Length of the well-formed UTF-8 sequence starting at p[0] (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF); 0 if it is ill-formed, -1 if it is cut short by the end of the data.
int utf8SequenceLength(const uchar *p, qsizetype avail)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int len = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c == 0xE0) {
        len = 3;
        lo = 0xA0;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        len = 3;
    } else if (c == 0xED) {
        len = 3;
        hi = 0x9F;
    } else if (c == 0xF0) {
        len = 4;
        lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
        len = 4;
    } else if (c == 0xF4) {
        len = 4;
        hi = 0x8F;
    } else {
        return 0;
    }
    const qsizetype have = std::min<qsizetype>(len, avail);
    for (qsizetype k = 1; k < have; ++k) {
        const uchar b = p[k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return have < len ? -1 : len;
}

// How many well-formed multi-byte UTF-8 sequences and how many ill-formed bytes the data has.
// A sequence cut by the end of incomplete data is neither.
struct Utf8Census
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(const QByteArray &bytes, bool complete)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(p + i, n - i);
        if (len < 0 && !complete)
            break;
        if (len <= 0) {
            ++census.invalid;
            ++i;
        } else {
            ++census.multiByte;
            i += len;
        }
    }
    return census;
}

// Tracks physical lines over decoded text (CRLF, LF and CR each end one line).
struct LineScan
{
    qint64 line;
    qint64 lineStart;
    bool pendingCr;
    qsizetype upTo = 0;

    void advance(const QString &text, qint64 base, qsizetype to)
    {
        const QChar *d = text.constData();
        for (; upTo < to; ++upTo) {
            const char16_t c = d[upTo].unicode();
            if (c == u'\n') {
                if (!pendingCr)
                    ++line;
                pendingCr = false;
                lineStart = base + upTo + 1;
            } else if (c == u'\r') {
                ++line;
                pendingCr = true;
                lineStart = base + upTo + 1;
            } else {
                pendingCr = false;
            }
        }
    }
};

// Field counts of the first records of a sample when split at delim, quotes respected; -1 for a
// record whose quoting does not fit that delimiter. The last record is dropped when the sample was
// cut in the middle of it, unless it is the only one.
QList<int> fieldCounts(const QString &text, char16_t delim, bool wholeText)
{
    QList<int> counts;
    const QChar *d = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && counts.size() < kDelimiterSampleRecords) {
        if (d[i] == u'\r' || d[i] == u'\n') { // empty line
            ++i;
            continue;
        }
        int fields = 1;
        bool fieldStart = true, quoted = false, ended = false, irregular = false;
        for (; i < n; ++i) {
            const char16_t c = d[i].unicode();
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && d[i + 1] == u'"') {
                        ++i;
                    } else {
                        quoted = false;
                        // Text after a closing quote: most likely the wrong delimiter.
                        if (i + 1 < n && d[i + 1] != delim && d[i + 1] != u'\r' && d[i + 1] != u'\n')
                            irregular = true;
                    }
                }
                continue;
            }
            if (c == u'"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == delim) {
                ++fields;
                fieldStart = true;
            } else if (c == u'\r' || c == u'\n') {
                ended = true;
                ++i;
                break;
            } else {
                fieldStart = false;
            }
        }
        if (ended || wholeText || counts.isEmpty())
            counts.append(irregular ? -1 : fields);
    }
    return counts;
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return QString();
}

Status CsvReader::open(const QString &path, const Options &options)
{
    const QString name = QFileInfo(path).fileName();
    m_open = false;
    m_device = nullptr;
    m_ownedDevice.reset();
    auto file = std::make_unique<QFile>(path);
    if (!file->exists()) {
        m_name = name;
        return fail(Error::notFound(tr("%1 does not exist").arg(name)));
    }
    if (!file->open(QIODevice::ReadOnly)) {
        m_name = name;
        return fail(Error::failure(tr("Cannot read %1: %2").arg(name, file->errorString())));
    }
    QIODevice *device = file.get();
    m_ownedDevice = std::move(file);
    return open(device, name, options);
}

Status CsvReader::open(QIODevice *device, const QString &displayName, const Options &options)
{
    if (device != m_ownedDevice.get())
        m_ownedDevice.reset();
    m_device = device;
    m_name = displayName;
    m_options = options;
    m_encoding = Encoding::Utf8;
    m_delimiter = QLatin1Char(',');
    m_carry.clear();
    m_size = device && !device->isSequential() ? device->size() : -1;
    m_bytesRead = 0;
    m_deviceAtEnd = false;
    m_buf.clear();
    m_pos = 0;
    m_base = 0;
    m_line = 1;
    m_lineStart = 0;
    m_pendingCr = false;
    m_decodeError.reset();
    m_lastWarnedLine = 0;
    m_recordLine = 0;
    m_recordNumber = 0;
    m_first.reset();
    m_warnings.clear();
    m_error = Error();
    m_failed = false;
    m_end = false;
    m_open = false;

    if (!device || !device->isReadable())
        return fail(Error::failure(tr("Cannot read %1").arg(m_name)));

    QByteArray sample;
    while (sample.size() < kSampleSize) {
        const QByteArray part = device->read(kSampleSize - sample.size());
        if (part.isEmpty())
            break;
        sample += part;
    }
    m_bytesRead = sample.size();
    m_deviceAtEnd = sample.size() < kSampleSize || device->atEnd();
    if (sample.isEmpty())
        return fail(Error::badInput(tr("%1 is empty").arg(m_name)));

    if (Status s = detectEncoding(sample, m_deviceAtEnd); !s)
        return s;

    qsizetype bom = 0;
    if ((m_encoding == Encoding::Utf8 || m_encoding == Encoding::Utf8Bom) && sample.startsWith("\xEF\xBB\xBF"))
        bom = 3;
    else if (m_encoding == Encoding::Utf16LE && sample.startsWith("\xFF\xFE"))
        bom = 2;
    else if (m_encoding == Encoding::Utf16BE && sample.startsWith("\xFE\xFF"))
        bom = 2;
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        m_utf16 = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
    }
    decode(sample.mid(bom), m_deviceAtEnd, &m_buf);

    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        // The byte-level binary check cannot work on UTF-16; do it on the decoded text.
        qsizetype control = 0;
        for (const QChar c : std::as_const(m_buf)) {
            const char16_t u = c.unicode();
            if (u == 0)
                return fail(Error::badInput(tr("%1 does not look like a text/CSV file").arg(m_name)));
            if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
                ++control;
        }
        if (control * 100 > m_buf.size() * 2)
            return fail(Error::badInput(tr("%1 does not look like a text/CSV file").arg(m_name)));
    }

    if (m_deviceAtEnd && !m_decodeError && m_buf.trimmed().isEmpty())
        return fail(Error::badInput(tr("%1 is empty").arg(m_name)));

    if (m_options.delimiter.isNull())
        detectDelimiter();
    else
        m_delimiter = m_options.delimiter;
    m_open = true;
    return Status::success();
}

Status CsvReader::detectEncoding(const QByteArray &sample, bool wholeFile)
{
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
        return Status::success();
    }
    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
    } else if (sample.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        return Status::success();
    } else if (sample.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        return Status::success();
    }

    const auto *p = reinterpret_cast<const uchar *>(sample.constData());
    const qsizetype n = sample.size();
    if (m_encoding != Encoding::Utf8Bom) {
        // UTF-16 without a BOM: text in Latin scripts has a NUL in every other byte.
        qsizetype evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i + 1 < n; i += 2) {
            evenNul += p[i] == 0;
            oddNul += p[i + 1] == 0;
        }
        const qsizetype pairs = n / 2;
        if (pairs > 0 && oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) {
            m_encoding = Encoding::Utf16LE;
            return Status::success();
        }
        if (pairs > 0 && evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) {
            m_encoding = Encoding::Utf16BE;
            return Status::success();
        }
    }

    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if (c == 0)
            return fail(Error::badInput(tr("%1 does not look like a text/CSV file").arg(m_name)));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++control;
    }
    if (control * 100 > n * 2)
        return fail(Error::badInput(tr("%1 does not look like a text/CSV file").arg(m_name)));

    // Invalid UTF-8 means Windows-1252, unless most non-ASCII text is well-formed UTF-8: then the
    // file mixes encodings, and reading it as UTF-8 reports the lines that are not.
    if (m_encoding != Encoding::Utf8Bom) {
        const Utf8Census census = utf8Census(sample, wholeFile);
        m_encoding = census.invalid == 0 || census.multiByte > census.invalid ? Encoding::Utf8
                                                                              : Encoding::Windows1252;
    }
    return Status::success();
}

void CsvReader::detectDelimiter()
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    const bool wholeText = m_deviceAtEnd && !m_decodeError;
    char16_t best = u',';
    double bestConsistency = -1;
    int bestMode = 0;
    for (const char16_t delim : candidates) {
        const QList<int> counts = fieldCounts(m_buf, delim, wholeText);
        if (counts.isEmpty())
            continue;
        // The most frequent field count (the larger on a tie) and how many records have it.
        QList<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = 0, modeRun = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (j - i >= modeRun) {
                modeRun = int(j - i);
                mode = sorted[i];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        const double consistency = double(modeRun) / double(counts.size());
        if (consistency > bestConsistency + 1e-9
            || (consistency > bestConsistency - 1e-9 && mode > bestMode)) {
            best = delim;
            bestConsistency = consistency;
            bestMode = mode;
        }
    }
    m_delimiter = QChar(best);
}

void CsvReader::decode(const QByteArray &bytes, bool last, QString *out)
{
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        decodeUtf8(bytes, last, out);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        out->append(QString(m_utf16.decode(bytes)));
        break;
    case Encoding::Windows1252:
        appendCp1252(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size(), out);
        break;
    }
}

// Decodes into *out (empty, starting at absolute offset m_base, with the line state of m_line).
// Well-formed runs go through QString::fromUtf8; an incomplete sequence at the end of a chunk
// waits for the next one in m_carry.
void CsvReader::decodeUtf8(const QByteArray &chunk, bool last, QString *out)
{
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + chunk;
        m_carry.clear();
    }
    const QByteArray &bytes = joined.isEmpty() ? chunk : joined;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    LineScan scan{m_line, m_lineStart, m_pendingCr};
    qsizetype i = 0, validStart = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        int len = utf8SequenceLength(p + i, n - i);
        if (len < 0 && !last)
            break; // completed by the next chunk
        if (len > 0) {
            i += len;
            continue;
        }
        out->append(QString::fromUtf8(reinterpret_cast<const char *>(p + validStart), i - validStart));
        scan.advance(*out, m_base, out->size());
        const qint64 column = m_base + out->size() - scan.lineStart + 1;
        if (!m_options.invalidUtf8AsWindows1252) {
            m_decodeError = Error::badInput(
                lineColumn(scan.line, column) % tr("the text is not valid UTF-8 (does the file mix encodings?)"));
            m_deviceAtEnd = true; // nothing after this is read
            return;
        }
        if (scan.line != m_lastWarnedLine) {
            m_lastWarnedLine = scan.line;
            m_warnings.append(tr("%1: line %2: bytes that are not valid UTF-8 were read as Windows-1252")
                                  .arg(m_name).arg(scan.line));
        }
        out->append(QChar(cp1252(p[i])));
        ++i;
        validStart = i;
    }
    out->append(QString::fromUtf8(reinterpret_cast<const char *>(p + validStart), i - validStart));
    if (i < n)
        m_carry = bytes.mid(i);
}

bool CsvReader::refill()
{
    for (;;) {
        if (m_decodeError) {
            fail(*m_decodeError);
            return false;
        }
        if (m_deviceAtEnd)
            return false;
        const QByteArray chunk = m_device->read(kChunkSize);
        m_bytesRead += chunk.size();
        const bool last = chunk.isEmpty() || m_device->atEnd();
        m_base += m_buf.size();
        m_buf.clear();
        m_pos = 0;
        decode(chunk, last, &m_buf);
        if (last)
            m_deviceAtEnd = true;
        if (!m_buf.isEmpty())
            return true;
    }
}

QString CsvReader::lineColumn(qint64 line, qint64 column) const
{
    return tr("%1: line %2, column %3: ").arg(m_name).arg(line).arg(column);
}

Status CsvReader::fail(Error error)
{
    m_error = std::move(error);
    m_failed = true;
    return Status(m_error);
}

Status CsvReader::status() const
{
    return m_failed ? Status(m_error) : Status::success();
}

bool CsvReader::atEnd() const
{
    return m_end;
}

QStringList CsvReader::warnings() const
{
    return m_warnings;
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (!m_open || m_failed || m_end)
        return false;

    enum State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = FieldStart;
    bool started = false;
    qint64 quoteLine = 0, quoteColumn = 0;
    QString field;
    const char16_t delim = m_delimiter.unicode();

    // Consumes the line break at m_pos (CR of a CRLF pair: the LF is skipped when it comes).
    auto lineBreak = [this](char16_t c) {
        ++m_pos;
        ++m_line;
        m_lineStart = m_base + m_pos;
        m_pendingCr = c == u'\r';
    };
    auto finish = [&]() {
        ++m_recordNumber;
        if (m_recordNumber == 1)
            m_first = *fields;
        return true;
    };

    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (refill())
                continue;
            if (m_failed)
                return false;
            if (state == Quoted) {
                fail(Error::badInput(lineColumn(quoteLine, quoteColumn) % tr("a quoted field is never closed")));
                return false;
            }
            if (!started) {
                m_end = true;
                return false;
            }
            fields->append(field);
            return finish();
        }
        const QChar *d = m_buf.constData();
        const qsizetype n = m_buf.size();
        char16_t c = d[m_pos].unicode();
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == u'\n') {
                ++m_pos;
                m_lineStart = m_base + m_pos;
                continue;
            }
        }
        switch (state) {
        case FieldStart:
            if (!started) {
                if (c == u'\r' || c == u'\n') { // an empty line is not a record
                    lineBreak(c);
                    continue;
                }
                started = true;
                m_recordLine = m_line;
            }
            if (c == u'"') {
                state = Quoted;
                quoteLine = m_line;
                quoteColumn = m_base + m_pos - m_lineStart + 1;
                ++m_pos;
                continue;
            }
            if (c == delim) {
                fields->append(QString());
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                fields->append(QString());
                lineBreak(c);
                return finish();
            }
            state = Unquoted;
            [[fallthrough]];
        case Unquoted: {
            // A quote here is a literal character (lenient, like LibreOffice).
            const qsizetype start = m_pos;
            while (m_pos < n) {
                c = d[m_pos].unicode();
                if (c == delim || c == u'\r' || c == u'\n')
                    break;
                ++m_pos;
            }
            field.append(QStringView(d + start, m_pos - start));
            if (m_pos >= n)
                continue;
            fields->append(field);
            field.clear();
            if (c == delim) {
                state = FieldStart;
                ++m_pos;
                continue;
            }
            lineBreak(c);
            return finish();
        }
        case Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < n) {
                c = d[m_pos].unicode();
                if (c == u'"' || c == u'\r' || c == u'\n')
                    break;
                ++m_pos;
            }
            field.append(QStringView(d + start, m_pos - start));
            if (m_pos >= n)
                continue;
            if (c == u'"') {
                state = AfterQuote;
                ++m_pos;
            } else {
                field.append(QLatin1Char('\n'));
                lineBreak(c);
            }
            continue;
        }
        case AfterQuote:
            if (c == u'"') { // a doubled quote
                field.append(QLatin1Char('"'));
                state = Quoted;
                ++m_pos;
                continue;
            }
            if (c == delim) {
                fields->append(field);
                field.clear();
                state = FieldStart;
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                fields->append(field);
                lineBreak(c);
                return finish();
            }
            // Text after the closing quote ("a"b): kept literally, like LibreOffice.
            state = Unquoted;
            continue;
        }
    }
}

Result<QStringList> CsvReader::header()
{
    if (!m_first && m_recordNumber == 0 && !m_failed) {
        QStringList fields;
        if (!next(&fields) && !m_failed)
            return Error::badInput(tr("%1 is empty").arg(m_name));
    }
    if (m_failed)
        return m_error;
    if (!m_first)
        return Error::badInput(tr("%1 is empty").arg(m_name));
    QStringList names = *m_first;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i);
        while (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        names[i] = name.trimmed();
    }
    return names;
}

} // namespace trato
