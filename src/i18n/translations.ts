/**
 * The project's own messages, in the admin's two languages. Used as `req.t('custom:key')`
 * so API errors come in the language of the request.
 */
const LOGIN_REFUSED = {
  da: 'E-mail eller adgangskode er forkert, eller kontoen er låst i ti minutter efter fem forkerte forsøg. Prøv igen, eller brug "Glemt adgangskode?".',
  en: 'The email or password is incorrect, or the account is locked for ten minutes after five wrong attempts. Try again, or use "Forgot password?".',
}

/** What a user meets on a page its role or partner tier does not open. */
const NOT_ALLOWED = {
  da: 'Jeres adgang omfatter ikke denne side. Er I partner, kan det være, at jeres partnerniveau ikke giver retten: se "Det giver jeres partnerskab" på jeres partnerside, eller kontakt sekretariatet.',
  en: 'Your access does not include this page. For a partner, your tier may not include the right: see "What your partnership includes" on your partner page, or contact the secretariat.',
}

export const translations = {
  da: {
    // One answer for a wrong address, a wrong password and a locked account: a login attempt
    // cannot tell which addresses have accounts (a locked one only exists).
    error: {
      emailOrPasswordIncorrect: LOGIN_REFUSED.da,
      notAllowedToAccessPage: NOT_ALLOWED.da,
      // Payload's says "log in" to someone who is logged in; it heads refusals in the admin and the API alike.
      unauthorized: 'Ingen adgang',
      userLocked: LOGIN_REFUSED.da,
    },
    // Payload's Danish leaves these in English.
    authentication: {
      login: 'Log ind',
      // The same page welcomes an invitee choosing a first password and someone who forgot theirs.
      passwordResetSuccessfully: 'Adgangskoden er gemt. Velkommen.',
      resetPassword: 'Vælg adgangskode',
    },
    general: {
      // The dialog when a colleague takes over a document; elsewhere the dashboard is "Oversigt".
      backToDashboard: 'Tilbage til oversigten',
      // Payload's Danish says "you are editing" of someone else in the lock dialog.
      currentlyEditing:
        'redigerer dokumentet lige nu. Overtager du det, kan vedkommende ikke fortsætte og kan miste ændringer, der ikke er gemt.',
      dashboard: 'Oversigt',
      edit: 'Rediger',
      editedSince: 'Redigeret siden',
      email: 'E-mail',
      import: 'Importér',
      noResults:
        'Ingen {{label}} fundet. Enten findes der endnu ingen {{label}}, eller også passer ingen til filtrene ovenfor.',
      of: 'af',
      or: 'eller',
    },
    // Payload's Danish has a stray quote and a misspelling here.
    custom: {
      catalogueDraftRefused:
        'Kun redaktionen og forhåndsvisningsnøgler kan hente kataloget som kladde (draft=true). Hent det udgivne katalog uden draft=true, eller log ind som redaktør.',
      catalogueNotPublished:
        'Kataloget er ikke udgivet endnu. Redaktionen kan hente kladden med draft=true.',
      dataNotObject: 'Data skal sendes som et JSON-objekt med felternes navne og værdier.',
      fileEmpty: 'Filen "{{name}}" er tom (0 bytes).',
      imageTooLarge:
        'Billedet er {{width}} × {{height}} pixels; højst {{max}} pixels ({{megapixels}} megapixel) tages imod.',
      invalidUrl: 'Skriv en fuld webadresse, der begynder med https:// eller http://.',
      modelNeedsExample: 'En model skal have mindst én eksempel-case for at kunne udgives.',
      passwordIsEmail: 'Adgangskoden må ikke være din e-mailadresse.',
      passwordNotText: 'Adgangskoden skal være tekst.',
      passwordOneCharacter: 'Adgangskoden må ikke bestå af ét tegn gentaget.',
      passwordTooLong: 'Adgangskoden må højst være {{maxLength}} tegn.',
      passwordTooShort: 'Adgangskoden skal være mindst {{minLength}} tegn.',
      unknownField: 'Der findes intet felt med det navn.',
    },
    fields: { chooseFromExisting: 'Vælg fra eksisterende', collapseAll: 'Skjul alle' },
    'plugin-seo': { noImage: 'Intet billede' },
    upload: { download: 'Hent' },
    version: { autosave: 'Gemt automatisk', autosavedVersion: 'Automatisk gemt version' },
  },
  en: {
    authentication: {
      passwordResetSuccessfully: 'Your password is saved. Welcome.',
      resetPassword: 'Choose your password',
    },
    custom: {
      catalogueDraftRefused:
        'Only the editors and preview keys can fetch the catalogue as a draft (draft=true). Fetch the published catalogue without draft=true, or log in as an editor.',
      catalogueNotPublished:
        'The catalogue is not published yet. Editors can fetch the draft with draft=true.',
      dataNotObject: 'Send the data as a JSON object of field names and values.',
      fileEmpty: 'The file "{{name}}" is empty (0 bytes).',
      imageTooLarge:
        'The image is {{width}} × {{height}} pixels; at most {{max}} pixels ({{megapixels}} megapixels) are accepted.',
      invalidUrl: 'Enter a full web address starting with https:// or http://.',
      modelNeedsExample: 'A model needs at least one example case to be published.',
      passwordIsEmail: 'The password must not be your email address.',
      passwordNotText: 'The password must be text.',
      passwordOneCharacter: 'The password must not be one character repeated.',
      passwordTooLong: 'The password must be at most {{maxLength}} characters.',
      passwordTooShort: 'The password must be at least {{minLength}} characters.',
      unknownField: 'There is no field by that name.',
    },
    error: {
      emailOrPasswordIncorrect: LOGIN_REFUSED.en,
      notAllowedToAccessPage: NOT_ALLOWED.en,
      unauthorized: 'No access',
      userLocked: LOGIN_REFUSED.en,
    },
  },
}

export type CustomTranslationKey = `custom:${keyof (typeof translations)['en']['custom']}`
