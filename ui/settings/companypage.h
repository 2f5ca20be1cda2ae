// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/companyprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace trato {

class Database;

// Settings → Company: the company profile printed on documents (name, tax id, address, contact,
// logo, IBAN, default payment terms) and the document layout (logo, accent color, footer, line
// columns, paper), with a live preview of a sample invoice rendered off the GUI thread. Both are
// team settings in the database (CompanySettings); saved when the Settings dialog is accepted.
class CompanyPage : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyPage(Database &db, QDialog *dialog = nullptr);

    CompanyProfile profile() const;
    DocumentLayout layout() const;
    // Checks and saves both (one transaction); on a refusal nothing is saved.
    Status save();
    // Reads a logo file into the page (checked; saved with the rest).
    Status loadLogo(const QString &path);

    QLineEdit *edit(const QString &field) const;
    QCheckBox *columnBox(const QString &key) const;
    QLabel *preview() const { return m_preview; }
    QLineEdit *footerEdit() const { return m_footer; }

Q_SIGNALS:
    void previewUpdated();

private:
    void schedulePreview();
    void renderPreview();
    void showLogoInfo();

    Database &m_db;
    QMap<QString, QLineEdit *> m_edits;
    QPlainTextEdit *m_address;
    QByteArray m_logo;
    QLabel *m_logoInfo;
    QCheckBox *m_showLogo;
    QLineEdit *m_accent;
    QLineEdit *m_footer;
    QMap<QString, QCheckBox *> m_columns;
    QComboBox *m_paper;
    QLabel *m_preview;
    QTimer *m_previewTimer;
    int m_previewGeneration = 0;
};

} // namespace trato
