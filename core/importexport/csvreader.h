// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace trato {

// The text encodings CsvReader detects (and can be told to use).
enum class CsvEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// How CsvReader::open() reads a file; the defaults detect everything.
struct CsvReaderOptions
{
    // A null QChar detects the delimiter from the first lines; anything else is used as is.
    QChar delimiter;
    // Skip detection and decode with this encoding (a BOM matching it is still skipped).
    std::optional<CsvEncoding> encoding;
    // See the class comment on mixed encodings.
    bool invalidUtf8AsWindows1252 = false;
};

// Reads CSV files as people actually have them (Outlook and Google Contacts exports, Spanish Excel,
// other CRMs) one record at a time, for the importer. It detects the encoding (UTF-8 with or without
// BOM, UTF-16 LE/BE with or without BOM, otherwise Windows-1252) and the delimiter (',' ';' tab '|'),
// parses RFC 4180 quoting leniently (a stray quote inside an unquoted field is a literal character,
// as in LibreOffice) and streams the file in fixed-size chunks, so memory stays constant and a 10 MB
// field is read in linear time. Errors name the file, the line and the column.
//
// Behaviour worth knowing:
// - Line breaks inside quoted fields (CRLF, LF or CR) come out as "\n"; everything else inside a
//   field, whitespace included, is kept as is.
// - Empty physical lines are skipped (so trailing empty lines are ignored) and are not records.
// - Records may have any number of fields: comparing with the header's count is the importer's job.
// - Lines and columns are 1-based; a column counts UTF-16 code units from the start of its physical line.
// - Mixed encodings: the encoding is decided per file from the first 64 KB: valid UTF-8 is UTF-8;
//   invalid UTF-8 is Windows-1252 unless well-formed multi-byte UTF-8 sequences outnumber the
//   invalid bytes (then it is UTF-8 with a few foreign bytes). When a file read as UTF-8 has an
//   invalid byte sequence, there or later on, next() fails with an error naming its line and column
//   ("... is not valid UTF-8 ...") rather than silently producing mojibake; the records before it
//   are returned normally. With Options::invalidUtf8AsWindows1252 such bytes are decoded as
//   Windows-1252 instead and each affected line is reported once in warnings().
class CsvReader
{
public:
    // Declared outside the class so Options() can be a default argument (GCC rejects it for a nested
    // struct with member initializers).
    using Encoding = CsvEncoding;
    using Options = CsvReaderOptions;

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens a file and detects its encoding and delimiter. Fails for a missing or unreadable file,
    // an empty file and one that does not look like text.
    Status open(const QString &path, const Options &options = Options());
    // The same over a device the caller owns (open for reading, alive while reading). displayName
    // is what messages call the file.
    Status open(QIODevice *device, const QString &displayName, const Options &options = Options());

    // The next record into *fields. False at the end of the file or on an error (see status()).
    bool next(QStringList *fields);
    // The first record as column names: trimmed, a stray BOM removed. Reads it if next() has not
    // been called yet; afterwards it is the remembered first record.
    Result<QStringList> header();

    Status status() const;            // the error that stopped next(), if any
    bool atEnd() const;               // true once next() returned false without an error
    QStringList warnings() const;     // non-fatal findings, each naming the file and the line

    Encoding encoding() const { return m_encoding; }
    static QString encodingName(Encoding encoding); // "UTF-8", "UTF-16LE", "Windows-1252", ...
    QString encodingName() const { return encodingName(m_encoding); }
    QChar delimiter() const { return m_delimiter; }
    QString fileName() const { return m_name; }

    // The physical line (1-based) where the record last returned by next() starts.
    qint64 lineNumber() const { return m_recordLine; }
    // The number of records returned so far, the header included (1 after the first next()).
    qint64 recordNumber() const { return m_recordNumber; }
    // Progress for a progress bar: raw bytes read from the device so far, and its size (-1 if unknown).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

private:
    Status fail(Error error);
    Status detectEncoding(const QByteArray &sample, bool wholeFile);
    void detectDelimiter();
    bool refill();
    void decode(const QByteArray &bytes, bool last, QString *out);
    void decodeUtf8(const QByteArray &bytes, bool last, QString *out);
    QString lineColumn(qint64 line, qint64 column) const;

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    QString m_name;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QStringDecoder m_utf16;            // stateful, for UTF-16 split across chunks
    QByteArray m_carry;                // an incomplete UTF-8 sequence at the end of the last chunk
    qint64 m_size = -1;
    qint64 m_bytesRead = 0;
    bool m_deviceAtEnd = false;

    // Decoded text not yet parsed: m_buf[m_pos..]; m_base is the absolute character offset of m_buf[0].
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_base = 0;
    qint64 m_line = 1;                 // physical line at m_pos
    qint64 m_lineStart = 0;            // absolute character offset where that line starts
    bool m_pendingCr = false;          // the last character consumed was CR: a following LF is part of it

    // An invalid UTF-8 sequence found while decoding (without the Windows-1252 fallback): the text
    // before it is in m_buf; the reader fails when it gets there.
    std::optional<Error> m_decodeError;
    qint64 m_lastWarnedLine = 0;

    qint64 m_recordLine = 0;
    qint64 m_recordNumber = 0;
    std::optional<QStringList> m_first;
    QStringList m_warnings;
    Error m_error;
    bool m_failed = false;
    bool m_end = false;
    bool m_open = false;
};

} // namespace trato
