// Every /en/ model page of dist/ is valid HTML, in a file of its own so it runs beside the other checks.
import { describeHtmlValidation, isModelPage } from '../support/html-validation.ts';

describeHtmlValidation('HTML validation of dist/ (/en/ model pages)', (page) => isModelPage(page, 'en'));
