// Every built page except the model pages is valid HTML (the model pages: html-validate-models-*.test.ts).
import { describeHtmlValidation, isModelPage } from '../support/html-validation.ts';

describeHtmlValidation('HTML validation of dist/ (all but model pages)', (page) => !isModelPage(page));
